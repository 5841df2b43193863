package org.ducha.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ducha.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The intake transition matrix: every pair of statuses, allowed exactly where the
 * lifecycle allows it, and the aggregate refuses every other move.
 */
class ComplaintStatusTests {

	static final Set<List<ComplaintStatus>> ALLOWED = Set.of(
			List.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED),
			List.of(ComplaintStatus.RECEIVED, ComplaintStatus.HANDED_OVER),
			List.of(ComplaintStatus.RECEIVED, ComplaintStatus.MERGED),
			List.of(ComplaintStatus.ACCEPTED, ComplaintStatus.MERGED));

	static java.util.stream.Stream<Arguments> everyPair() {
		return java.util.Arrays.stream(ComplaintStatus.values())
			.flatMap((from) -> java.util.Arrays.stream(ComplaintStatus.values()).map((to) -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPair")
	void allowsExactlyTheLifecycleTransitions(ComplaintStatus from, ComplaintStatus to) {
		assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(List.of(from, to)));
	}

	@ParameterizedTest(name = "accept from {0}")
	@MethodSource("statuses")
	void acceptsOnlyAReceivedComplaint(ComplaintStatus from) {
		Complaint complaint = complaintIn(from);
		if (from == ComplaintStatus.RECEIVED) {
			complaint.accept(null, "officer", Instant.EPOCH);
			assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACCEPTED);
		}
		else {
			assertThatThrownBy(() -> complaint.accept(null, "officer", Instant.EPOCH))
				.isInstanceOf(ConflictException.class);
			assertThat(complaint.status()).isEqualTo(from);
		}
	}

	@ParameterizedTest(name = "hand over from {0}")
	@MethodSource("statuses")
	void handsOverOnlyAReceivedComplaint(ComplaintStatus from) {
		Complaint complaint = complaintIn(from);
		if (from == ComplaintStatus.RECEIVED) {
			complaint.handOver("不属于生态环境问题", "尧都区人民政府", "officer", Instant.EPOCH);
			assertThat(complaint.status()).isEqualTo(ComplaintStatus.HANDED_OVER);
			assertThat(complaint.view().screening().receivingBody()).isEqualTo("尧都区人民政府");
		}
		else {
			assertThatThrownBy(() -> complaint.handOver("r", "b", "officer", Instant.EPOCH))
				.isInstanceOf(ConflictException.class);
		}
	}

	@org.junit.jupiter.api.Test
	void recordsEveryChangeOnTheTimeline() {
		Complaint complaint = complaintIn(ComplaintStatus.RECEIVED);
		complaint.accept("属于受理范围", "officer", Instant.parse("2016-11-25T03:00:00Z"));
		List<TimelineEntry> timeline = complaint.view().timeline();
		assertThat(timeline).extracting(TimelineEntry::action).containsExactly("REGISTERED", "ACCEPTED");
		assertThat(timeline.get(1).from()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(timeline.get(1).to()).isEqualTo(ComplaintStatus.ACCEPTED);
		assertThat(timeline.get(1).actor()).isEqualTo("officer");
		assertThat(timeline.get(1).remark()).isEqualTo("属于受理范围");
	}

	static ComplaintStatus[] statuses() {
		return ComplaintStatus.values();
	}

	static Complaint complaintIn(ComplaintStatus status) {
		return complaintIn(status, UUID.randomUUID());
	}

	static Complaint master(Complaint repeat) {
		return complaintIn(ComplaintStatus.ACCEPTED, repeat.campaignId());
	}

	static Complaint complaintIn(ComplaintStatus status, UUID campaignId) {
		Complaint complaint = Complaint.register(UUID.randomUUID(), campaignId, new ReceiptNumber("D9TEST201611250001"),
				LocalDate.of(2016, 11, 25),
				new ComplaintRegistration(OffsetDateTime.parse("2016-11-25T10:00:00+08:00"), Channel.PHONE, null, null,
						null, null, "砖厂冒黑烟，持续两个月", List.of(ProblemType.AIR), null, null, null, "141002", null),
				"clerk", Instant.EPOCH);
		switch (status) {
			case RECEIVED -> {
			}
			case ACCEPTED -> complaint.accept(null, "officer", Instant.EPOCH);
			case HANDED_OVER -> complaint.handOver("r", "b", "officer", Instant.EPOCH);
			case MERGED -> complaint.mergeInto(master(complaint), "officer", Instant.EPOCH);
		}
		return complaint;
	}

}
