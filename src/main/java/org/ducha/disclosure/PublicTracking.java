package org.ducha.disclosure;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseStatus;
import org.ducha.casework.CaseView;
import org.ducha.accounts.Jurisdiction;
import org.ducha.intake.ComplaintMerges;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ComplaintSummary;
import org.ducha.intake.ComplaintView;

/**
 * 查询办理进度: what the public may know about a complaint, given its receipt number and query
 * code — its stage in plain words and the published result. Never internal notes, names
 * or identities.
 */
@Service
public class PublicTracking {

	private final ComplaintQueries complaints;

	private final CaseQueries cases;

	private final DisclosureDesk disclosures;

	private final ComplaintMerges merges;

	PublicTracking(ComplaintQueries complaints, CaseQueries cases, DisclosureDesk disclosures, ComplaintMerges merges) {
		this.complaints = complaints;
		this.cases = cases;
		this.disclosures = disclosures;
		this.merges = merges;
	}

	/**
	 * The public view of a complaint; empty for an unknown number and for a wrong code
	 * alike.
	 * @param receiptNumber 受理编号
	 * @param queryCode 查询码
	 * @return the public status
	 */
	public Optional<TrackedComplaint> track(String receiptNumber, String queryCode) {
		return this.complaints.trace(receiptNumber, queryCode).map(this::describe);
	}

	private TrackedComplaint describe(ComplaintSummary complaint) {
		if (complaint.status() == ComplaintStatus.MERGED) {
			// 合并办理: the complainant follows the complaint it was merged into, without
			// learning that complaint's number (another person's)
			Optional<ComplaintView> master = this.merges.masterOf(complaint.id())
				.map((id) -> this.complaints.get(id, Jurisdiction.everywhere()));
			if (master.isPresent()) {
				return describe(complaint.receiptNumber(), master.get().id(), master.get().status(),
						master.get().screening() != null ? master.get().screening().receivingBody() : null, true);
			}
		}
		return describe(complaint.receiptNumber(), complaint.id(), complaint.status(), complaint.receivingBody(),
				false);
	}

	private TrackedComplaint describe(String receiptNumber, UUID complaintId, ComplaintStatus status,
			String receivingBody, boolean merged) {
		if (status == ComplaintStatus.HANDED_OVER) {
			return new TrackedComplaint(receiptNumber, PublicStage.HANDED_OVER, receivingBody, null, merged);
		}
		if (status == ComplaintStatus.RECEIVED || status == ComplaintStatus.MERGED) {
			return new TrackedComplaint(receiptNumber, PublicStage.RECEIVED, null, null, merged);
		}
		Optional<CaseView> caseView = this.cases.forComplaint(complaintId);
		if (caseView.isEmpty()) {
			return new TrackedComplaint(receiptNumber, PublicStage.ACCEPTED, null, null, merged);
		}
		PublicStage stage = (caseView.get().status() == CaseStatus.CONCLUDED) ? PublicStage.CONCLUDED
				: PublicStage.IN_HANDLING;
		return new TrackedComplaint(receiptNumber, stage, null,
				this.disclosures.publishedFor(caseView.get().id()).orElse(null), merged);
	}

	/**
	 * Stages as the public sees them.
	 */
	public enum PublicStage {

		/** 已收到. */
		RECEIVED,
		/** 已受理，待交办. */
		ACCEPTED,
		/** 不属于受理范围，已转交地方. */
		HANDED_OVER,
		/** 已交办，地方办理中. */
		IN_HANDLING,
		/** 已办结. */
		CONCLUDED

	}

	/**
	 * A tracked complaint.
	 *
	 * @param receiptNumber 受理编号
	 * @param stage the stage
	 * @param handedOverTo for a handed-over complaint, the receiving body
	 * @param result the published result, once published
	 * @param merged whether it was merged with an earlier complaint about the same site
	 * (合并办理): stage and result are then those of that complaint
	 */
	public record TrackedComplaint(String receiptNumber, PublicStage stage, String handedOverTo, DisclosureRow result,
			boolean merged) {

	}

}
