package org.ducha.disclosure;

import java.util.Optional;

import org.springframework.stereotype.Service;

import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseStatus;
import org.ducha.casework.CaseView;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ComplaintSummary;

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

	PublicTracking(ComplaintQueries complaints, CaseQueries cases, DisclosureDesk disclosures) {
		this.complaints = complaints;
		this.cases = cases;
		this.disclosures = disclosures;
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
		if (complaint.status() == ComplaintStatus.HANDED_OVER) {
			return new TrackedComplaint(complaint.receiptNumber(), PublicStage.HANDED_OVER, complaint.receivingBody(),
					null);
		}
		if (complaint.status() == ComplaintStatus.RECEIVED) {
			return new TrackedComplaint(complaint.receiptNumber(), PublicStage.RECEIVED, null, null);
		}
		Optional<CaseView> caseView = this.cases.forComplaint(complaint.id());
		if (caseView.isEmpty()) {
			return new TrackedComplaint(complaint.receiptNumber(), PublicStage.ACCEPTED, null, null);
		}
		PublicStage stage = (caseView.get().status() == CaseStatus.CONCLUDED) ? PublicStage.CONCLUDED
				: PublicStage.IN_HANDLING;
		return new TrackedComplaint(complaint.receiptNumber(), stage, null,
				this.disclosures.publishedFor(caseView.get().id()).orElse(null));
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
	 */
	public record TrackedComplaint(String receiptNumber, PublicStage stage, String handedOverTo, DisclosureRow result) {

	}

}
