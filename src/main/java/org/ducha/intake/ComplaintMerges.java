package org.ducha.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.shared.ConflictException;

/**
 * 合并重复件: merges a repeat into the earlier complaint it repeats, undoes that, and records
 * other decisions about two complaints on their timelines. Whether a complaint may still
 * be merged given its transfer (a downstream fact) is the caller's policy; this service
 * enforces intake's own rules.
 */
@Service
public class ComplaintMerges {

	private final Complaints complaints;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ComplaintMerges(Complaints complaints, TransactionTemplate transactions, Clock clock) {
		this.complaints = complaints;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Merges a complaint into the earlier one it repeats.
	 * @param complaintId the repeat
	 * @param masterId the complaint it repeats
	 * @param officer who decides
	 * @return the merged complaint
	 * @throws ComplaintNotFound when either is unknown or outside the jurisdiction
	 * @throws ConflictException when the repeat already has repeats merged into it, or a
	 * status forbids the merge
	 */
	public ComplaintView merge(UUID complaintId, UUID masterId, CurrentOfficer officer) {
		return this.transactions.execute((status) -> {
			Pair pair = lock(complaintId, masterId, officer);
			if (this.complaints.existsByMergedInto(complaintId)) {
				throw new ConflictException("complaint.merge.isMaster", pair.complaint().receiptNumber());
			}
			pair.complaint().mergeInto(pair.other(), officer.username(), this.clock.instant());
			this.complaints.save(pair.other());
			return this.complaints.save(pair.complaint()).view();
		});
	}

	/**
	 * Undoes a merge: the complaint returns to the status it had before.
	 * @param complaintId the merged complaint
	 * @param officer who undoes it (a team leader; checked by the caller)
	 * @return the complaint
	 * @throws ConflictException when it is not merged
	 */
	public ComplaintView undoMerge(UUID complaintId, CurrentOfficer officer) {
		return this.transactions.execute((status) -> {
			Complaint merged = this.complaints.findById(complaintId)
				.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
				.orElseThrow(() -> new ComplaintNotFound(complaintId));
			if (merged.mergedInto() == null) {
				throw new ConflictException("complaint.merge.notMerged", merged.receiptNumber());
			}
			Pair pair = lock(complaintId, merged.mergedInto(), officer);
			pair.complaint().undoMerge(pair.other(), officer.username(), this.clock.instant());
			this.complaints.save(pair.other());
			return this.complaints.save(pair.complaint()).view();
		});
	}

	/**
	 * Records a decision about two complaints on both timelines.
	 * @param complaintId one complaint
	 * @param otherId the other
	 * @param note what was decided
	 * @param officer who
	 */
	public void note(UUID complaintId, UUID otherId, TimelineNote note, CurrentOfficer officer) {
		this.transactions.executeWithoutResult((status) -> {
			Pair pair = lock(complaintId, otherId, officer);
			Instant now = this.clock.instant();
			pair.complaint().note(note, pair.other().receiptNumber(), officer.username(), now);
			pair.other().note(note, pair.complaint().receiptNumber(), officer.username(), now);
			this.complaints.save(pair.complaint());
			this.complaints.save(pair.other());
		});
	}

	/**
	 * The repeats merged into a complaint (counted on it), in order of receipt.
	 * @param masterId the master
	 * @return its merged repeats
	 */
	public List<ComplaintSummary> mergedInto(UUID masterId) {
		return this.transactions.execute((status) -> this.complaints.findByMergedIntoOrderByReceivedAt(masterId)
			.stream()
			.map(Complaint::summary)
			.toList());
	}

	/**
	 * The complaint a merged complaint was merged into, if it is merged.
	 * @param complaintId the complaint
	 * @return its master, or empty
	 */
	public java.util.Optional<UUID> masterOf(UUID complaintId) {
		return this.transactions.execute((status) -> this.complaints.findById(complaintId).map(Complaint::mergedInto));
	}

	/**
	 * Locks both rows in a fixed order, so two decisions on the same pair queue up
	 * instead of deadlocking.
	 */
	private Pair lock(UUID complaintId, UUID otherId, CurrentOfficer officer) {
		boolean inOrder = complaintId.compareTo(otherId) <= 0;
		Complaint first = lockVisible(inOrder ? complaintId : otherId, officer);
		Complaint second = complaintId.equals(otherId) ? first : lockVisible(inOrder ? otherId : complaintId, officer);
		return inOrder ? new Pair(first, second) : new Pair(second, first);
	}

	private Complaint lockVisible(UUID id, CurrentOfficer officer) {
		return this.complaints.lockById(id)
			.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
			.orElseThrow(() -> new ComplaintNotFound(id));
	}

	private record Pair(Complaint complaint, Complaint other) {

	}

}
