package org.ducha.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReceiptNumberTests {

	@Test
	void composesTheCentralScheme() {
		assertThat(ReceiptNumber.compose(Channel.PHONE, "3", "HN", LocalDate.of(2024, 6, 2), 40).value())
			.isEqualTo("D3HN202406020040");
		assertThat(ReceiptNumber.compose(Channel.LETTER, "1", "SX", LocalDate.of(2016, 11, 23), 1).value())
			.isEqualTo("X1SX201611230001");
	}

	@Test
	void leadsWithOneLetterPerChannel() {
		assertThat(java.util.Arrays.stream(Channel.values()).map(Channel::letter).distinct().count())
			.isEqualTo(Channel.values().length);
		assertThat(Channel.VISIT.letter()).isEqualTo('F');
		assertThat(Channel.ONLINE.letter()).isEqualTo('W');
		assertThat(Channel.HOTLINE_12345.letter()).isEqualTo('Z');
	}

	@Test
	void acceptsOlderSchemesAsWellFormed() {
		assertThat(ReceiptNumber.isWellFormed("X510000201811250045")).isTrue();
		assertThat(ReceiptNumber.isWellFormed("20170905029")).isTrue();
		assertThat(ReceiptNumber.isWellFormed("d3hn2024")).isFalse();
		assertThat(ReceiptNumber.isWellFormed("D3HN-2024")).isFalse();
	}

	@Test
	void refusesASequenceOutsideOneToTenThousand() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReceiptNumber.compose(Channel.PHONE, "3", "HN", LocalDate.of(2024, 6, 2), 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReceiptNumber.compose(Channel.PHONE, "3", "HN", LocalDate.of(2024, 6, 2), 10_000));
	}

}
