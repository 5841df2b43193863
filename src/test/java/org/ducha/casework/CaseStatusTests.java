package org.ducha.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case lifecycle's transition matrix, pair by pair.
 */
class CaseStatusTests {

	static final Set<List<CaseStatus>> ALLOWED = Set.of(List.of(CaseStatus.TRANSFERRED, CaseStatus.SIGNED),
			List.of(CaseStatus.TRANSFERRED, CaseStatus.RETURNED_TO_TEAM),
			List.of(CaseStatus.SIGNED, CaseStatus.REPORTED), List.of(CaseStatus.SIGNED, CaseStatus.RETURNED_TO_TEAM),
			List.of(CaseStatus.REPORTED, CaseStatus.CONCLUDED), List.of(CaseStatus.REPORTED, CaseStatus.RETURNED),
			List.of(CaseStatus.RETURNED, CaseStatus.REPORTED),
			List.of(CaseStatus.RETURNED_TO_TEAM, CaseStatus.TRANSFERRED),
			List.of(CaseStatus.RETURNED_TO_TEAM, CaseStatus.SIGNED),
			List.of(CaseStatus.CONCLUDED, CaseStatus.RETURNED));

	static Stream<Arguments> everyPair() {
		return Arrays.stream(CaseStatus.values())
			.flatMap((from) -> Arrays.stream(CaseStatus.values()).map((to) -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPair")
	void allowsExactlyTheLifecycleTransitions(CaseStatus from, CaseStatus to) {
		assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(List.of(from, to)));
	}

}
