package org.ducha.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.ducha.shared.ConflictException;
import org.ducha.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ducha.intake.ComplaintStatusTests.complaintIn;

/**
 * 合并: a received or accepted complaint is merged into an earlier one of the same
 * campaign; both timelines record it; the undo restores the status it had.
 */
class ComplaintMergeTests {

	static final Instant NOW = Instant.parse("2016-11-26T02:00:00Z");

	@ParameterizedTest(name = "merge from {0}")
	@EnumSource(ComplaintStatus.class)
	void mergesOnlyAReceivedOrAcceptedComplaint(ComplaintStatus from) {
		Complaint repeat = complaintIn(from);
		Complaint master = ComplaintStatusTests.master(repeat);
		if (from == ComplaintStatus.RECEIVED || from == ComplaintStatus.ACCEPTED) {
			repeat.mergeInto(master, "clerk", NOW);
			assertThat(repeat.status()).isEqualTo(ComplaintStatus.MERGED);
			assertThat(repeat.mergedInto()).isEqualTo(master.id());
		}
		else {
			assertThatThrownBy(() -> repeat.mergeInto(master, "clerk", NOW)).isInstanceOf(ConflictException.class);
			assertThat(repeat.status()).isEqualTo(from);
		}
	}

	@Test
	void recordsTheMergeOnBothTimelines() {
		Complaint repeat = complaintIn(ComplaintStatus.ACCEPTED);
		Complaint master = ComplaintStatusTests.master(repeat);
		repeat.mergeInto(master, "clerk", NOW);
		TimelineEntry merged = last(repeat);
		assertThat(merged.action()).isEqualTo("MERGED");
		assertThat(merged.from()).isEqualTo(ComplaintStatus.ACCEPTED);
		assertThat(merged.to()).isEqualTo(ComplaintStatus.MERGED);
		assertThat(merged.remark()).isEqualTo(master.receiptNumber());
		assertThat(last(master).action()).isEqualTo("REPEAT_MERGED");
		assertThat(last(master).remark()).isEqualTo(repeat.receiptNumber());
		assertThat(master.status()).isEqualTo(ComplaintStatus.ACCEPTED);
	}

	@Test
	void undoRestoresTheStatusBeforeTheMerge() {
		Complaint received = complaintIn(ComplaintStatus.RECEIVED);
		Complaint master = ComplaintStatusTests.master(received);
		received.mergeInto(master, "clerk", NOW);
		received.undoMerge(master, "leader", NOW);
		assertThat(received.status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(received.mergedInto()).isNull();
		assertThat(last(received).action()).isEqualTo("MERGE_UNDONE");
		assertThat(last(master).action()).isEqualTo("REPEAT_MERGE_UNDONE");
		assertThatThrownBy(() -> received.undoMerge(master, "leader", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aMergedComplaintIsNeitherScreenedNorAcceptedAgain() {
		Complaint repeat = complaintIn(ComplaintStatus.RECEIVED);
		repeat.mergeInto(ComplaintStatusTests.master(repeat), "clerk", NOW);
		assertThatThrownBy(() -> repeat.accept(null, "officer", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> repeat.handOver("r", "b", "officer", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesItselfAnotherCampaignAndMastersThatCannotTakeARepeat() {
		Complaint repeat = complaintIn(ComplaintStatus.ACCEPTED);
		assertThatThrownBy(() -> repeat.mergeInto(repeat, "clerk", NOW)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(
				() -> repeat.mergeInto(complaintIn(ComplaintStatus.ACCEPTED, UUID.randomUUID()), "clerk", NOW))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(
				() -> repeat.mergeInto(complaintIn(ComplaintStatus.HANDED_OVER, repeat.campaignId()), "clerk", NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(
				() -> repeat.mergeInto(complaintIn(ComplaintStatus.MERGED, repeat.campaignId()), "clerk", NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(repeat.status()).isEqualTo(ComplaintStatus.ACCEPTED);
	}

	private static TimelineEntry last(Complaint complaint) {
		List<TimelineEntry> timeline = complaint.view().timeline();
		return timeline.get(timeline.size() - 1);
	}

}
