package org.ducha.notifications;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notice renders in Chinese and in English with its arguments filled in; SMS
 * numbers are masked in logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoticeTextTests {

	final NoticeText text = new NoticeText(messages());

	@Test
	void everyKindRendersInBothLanguagesWithItsArguments() {
		List<String> args = List.of("D3HN201611280001", "2016-12-05", "141002");
		for (NoticeKind kind : NoticeKind.values()) {
			String zhSubject = this.text.subject(kind, args, Locale.SIMPLIFIED_CHINESE);
			String zhBody = this.text.body(kind, args, Locale.SIMPLIFIED_CHINESE);
			String enSubject = this.text.subject(kind, args, Locale.ENGLISH);
			String enBody = this.text.body(kind, args, Locale.ENGLISH);
			assertThat(List.of(zhSubject, zhBody, enSubject, enBody)).as(kind.name())
				.allSatisfy((rendered) -> assertThat(rendered).doesNotContain("{").doesNotContain("notice."));
			assertThat(zhBody).as(kind.name()).containsPattern("\\p{IsHan}").contains("D3HN201611280001");
			assertThat(enBody).as(kind.name()).doesNotContainPattern("\\p{IsHan}").contains("D3HN201611280001");
			assertThat(zhSubject).isNotEqualTo(enSubject);
		}
		assertThat(this.text.body(NoticeKind.BATCH_ARRIVED, List.of("临汾督察组", "3", "141002"), Locale.ENGLISH))
			.startsWith("Cases of batch 3 from 临汾督察组 have been transferred to 141002.");
		assertThat(this.text.subject(NoticeKind.REPORT_OVERDUE, args, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("信访件D3HN201611280001已超过上报时限");
	}

	@Test
	void theLoggingGatewayNeverLogsTheNumberOrTheText(CapturedOutput output) {
		new LoggingSmsGateway().send("139 1234 5678", "您的举报已收到，受理编号D3HN201611280001");
		assertThat(output.getAll()).contains("139******78")
			.doesNotContain("13912345678")
			.doesNotContain("1234 5678")
			.doesNotContain("D3HN201611280001");
		assertThat(SmsGateway.mask("+86 139-1234-5678")).isEqualTo("861********78");
		assertThat(SmsGateway.mask("12345")).isEqualTo("*****");
	}

	@Test
	void failureReasonsMaskLongDigitRuns() {
		assertThat(Outbox.reason(new IllegalStateException("gateway refused 13912345678")))
			.isEqualTo("IllegalStateException: gateway refused *******");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
