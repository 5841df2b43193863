package org.ducha.notifications;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a message by e-mail over SMTP (Spring Mail). Without {@code spring.mail.host}
 * there is no mail sender and messages are skipped with that reason rather than retried
 * for ever. Each mail carries the outbox id in {@code X-Ducha-Notice}, so a receiving
 * system can drop the rare duplicate of a mail whose delivery was not recorded before a
 * crash.
 */
@Component
class EmailCourier implements Courier {

	static final String NOT_CONFIGURED = "mail not configured (spring.mail.host)";

	static final String NO_ADDRESS = "no e-mail address on file";

	private final ObjectProvider<JavaMailSender> mailSender;

	private final OfficerAddresses addresses;

	private final NoticeText text;

	private final NotificationSettings settings;

	EmailCourier(ObjectProvider<JavaMailSender> mailSender, OfficerAddresses addresses, NoticeText text,
			NotificationSettings settings) {
		this.mailSender = mailSender;
		this.addresses = addresses;
		this.text = text;
		this.settings = settings;
	}

	@Override
	public DeliveryChannel channel() {
		return DeliveryChannel.EMAIL;
	}

	@Override
	public Optional<String> deliver(PendingMessage message) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return Optional.of(NOT_CONFIGURED);
		}
		Optional<String> to = this.addresses.of(message.recipient()).emailAddress();
		if (to.isEmpty()) {
			return Optional.of(NO_ADDRESS);
		}
		MimeMessage mail = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mail, "UTF-8");
			helper.setFrom(this.settings.mailFrom());
			helper.setTo(to.get());
			helper.setSubject(this.text.subject(message.kind(), message.args(), this.settings.locale()));
			String body = this.text.body(message.kind(), message.args(), this.settings.locale());
			if (message.link() != null) {
				body = body + "\n\n" + this.settings.baseUrl() + message.link();
			}
			helper.setText(body);
			mail.setHeader("X-Ducha-Notice", message.id().toString());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		sender.send(mail);
		return Optional.empty();
	}

}
