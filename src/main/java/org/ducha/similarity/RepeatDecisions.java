package org.ducha.similarity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseStatus;
import org.ducha.casework.CaseView;
import org.ducha.intake.ComplaintMerges;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintView;
import org.ducha.intake.TimelineNote;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * The officer's decision on a similar complaint: merge it into the earlier one (合并), link
 * the two (关联), or judge them distinct (不是重复), each recorded on both timelines and undone
 * only by a team leader (the controllers check the role).
 * <p>
 * The merge policy spans modules: intake's status table decides which complaints may be
 * merged (received or accepted, same campaign); a complaint already taken into a transfer
 * batch (casework) goes out as it is and is refused here. A merge into, or link to, a
 * complaint whose case is concluded is flagged as a repeat of a closed case: both
 * timelines say so and {@link ClosedCaseRepeated} is published.
 */
@Service
public class RepeatDecisions {

	private final PairDecisions decisions;

	private final ComplaintQueries complaints;

	private final ComplaintMerges merges;

	private final BatchTransfers batches;

	private final CaseQueries cases;

	private final RepeatIndex index;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RepeatDecisions(PairDecisions decisions, ComplaintQueries complaints, ComplaintMerges merges,
			BatchTransfers batches, CaseQueries cases, RepeatIndex index, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.complaints = complaints;
		this.merges = merges;
		this.batches = batches;
		this.cases = cases;
		this.index = index;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * 合并: merges a complaint into the earlier one it repeats.
	 * @param complaintId the repeat
	 * @param intoComplaintId the complaint it repeats
	 * @param officer who decides
	 * @return the complaint's relations afterwards
	 * @throws ConflictException when it is already in a transfer batch, the pair has a
	 * decision, or a status forbids it
	 */
	public List<Relation> merge(UUID complaintId, UUID intoComplaintId, CurrentOfficer officer) {
		ComplaintView repeat = this.complaints.get(complaintId, officer.jurisdiction());
		ComplaintView master = visibleOther(intoComplaintId, "intoComplaintId", officer);
		Optional<CaseView> closed = concludedCaseOf(master.id());
		decide(() -> {
			undecided(repeat, master);
			if (this.batches.isBatched(repeat.id())) {
				throw new ConflictException("complaint.merge.transferred", repeat.receiptNumber());
			}
			this.merges.merge(repeat.id(), master.id(), officer);
			// again, now that the merge holds the complaint's row: a batch composed
			// meanwhile
			// locked it first and has committed (composition locks the complaints it
			// takes)
			if (this.batches.isBatched(repeat.id())) {
				throw new ConflictException("complaint.merge.transferred", repeat.receiptNumber());
			}
			this.decisions.save(new PairDecision(DecisionKind.MERGED, repeat.id(), master.id(), closed.isPresent(),
					officer.username(), this.clock.instant()));
			flagClosedCase(repeat, master, closed, officer);
		});
		return relationsOf(complaintId, officer);
	}

	/**
	 * 关联: links two complaints; the link is the same seen from either.
	 * @param complaintId one complaint
	 * @param otherId the other
	 * @param officer who decides
	 * @return the complaint's relations afterwards
	 */
	public List<Relation> link(UUID complaintId, UUID otherId, CurrentOfficer officer) {
		return pair(DecisionKind.LINKED, TimelineNote.LINKED, complaintId, otherId, officer);
	}

	/**
	 * 不是重复: records that two similar complaints are not about the same matter, so the
	 * pair is not proposed again.
	 * @param complaintId one complaint
	 * @param otherId the other
	 * @param officer who decides
	 * @return the complaint's relations afterwards
	 */
	public List<Relation> markDistinct(UUID complaintId, UUID otherId, CurrentOfficer officer) {
		return pair(DecisionKind.DISTINCT, TimelineNote.MARKED_DISTINCT, complaintId, otherId, officer);
	}

	/**
	 * Undoes a merge (team leader): the complaint returns to the status it had, and so,
	 * if accepted, to the complaints awaiting transfer.
	 * @param complaintId the merged complaint
	 * @param officer the team leader
	 * @return the complaint's relations afterwards
	 */
	public List<Relation> undoMerge(UUID complaintId, CurrentOfficer officer) {
		this.complaints.get(complaintId, officer.jurisdiction());
		decide(() -> {
			UUID master = this.merges.masterOf(complaintId)
				.orElseThrow(() -> new ConflictException("complaint.merge.notMerged", complaintId));
			this.merges.undoMerge(complaintId, officer);
			this.decisions.about(complaintId, master).ifPresent(this.decisions::delete);
		});
		return relationsOf(complaintId, officer);
	}

	/**
	 * Undoes a link or a "not a repeat" decision (team leader).
	 * @param kind {@link DecisionKind#LINKED} or {@link DecisionKind#DISTINCT}
	 * @param complaintId one complaint
	 * @param otherId the other
	 * @param officer the team leader
	 * @return the complaint's relations afterwards
	 * @throws NotFoundException when the pair has no such decision
	 */
	public List<Relation> undo(DecisionKind kind, UUID complaintId, UUID otherId, CurrentOfficer officer) {
		this.complaints.get(complaintId, officer.jurisdiction());
		decide(() -> {
			PairDecision decision = this.decisions.about(complaintId, otherId)
				.filter((found) -> found.kind() == kind && kind != DecisionKind.MERGED)
				.orElseThrow(() -> new NotFoundException("complaint.relation.notFound", otherId));
			this.decisions.delete(decision);
			this.merges.note(complaintId, otherId,
					(kind == DecisionKind.LINKED) ? TimelineNote.LINK_UNDONE : TimelineNote.DISTINCT_UNDONE, officer);
		});
		return relationsOf(complaintId, officer);
	}

	/**
	 * Every standing decision about a complaint: what it was merged into, the repeats
	 * merged into it (counted on it), its links and its distinct pairs.
	 * @param complaintId the complaint
	 * @param officer the reader
	 * @return the relations, oldest first
	 */
	public List<Relation> relationsOf(UUID complaintId, CurrentOfficer officer) {
		this.complaints.get(complaintId, officer.jurisdiction());
		List<Relation> relations = new ArrayList<>();
		for (PairDecision decision : this.transactions.execute((status) -> this.decisions.involving(complaintId))) {
			UUID other = decision.otherThan(complaintId);
			String role = switch (decision.kind()) {
				case MERGED -> decision.complaintId().equals(complaintId) ? "MERGED_INTO" : "MERGED_FROM";
				case LINKED -> "LINKED";
				case DISTINCT -> "DISTINCT";
			};
			relations.add(new Relation(decision.kind(), role, other, receiptOf(other), decision.repeatOfClosedCase(),
					decision.decidedBy(), decision.decidedAt()));
		}
		return relations;
	}

	/**
	 * Similar complaints for the complaint page and the API: pairs judged distinct are
	 * left out (and the verdict judged without them); the others carry any decision
	 * already taken and whether their case is concluded.
	 * @param complaint the complaint
	 * @param limit at most this many hits
	 * @return the review
	 */
	public Review review(ComplaintView complaint, int limit) {
		Map<UUID, DecisionKind> decided = new LinkedHashMap<>();
		this.transactions.execute((status) -> this.decisions.involving(complaint.id()))
			.forEach((decision) -> decided.put(decision.otherThan(complaint.id()), decision.kind()));
		Set<UUID> distinct = decided.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == DecisionKind.DISTINCT)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		RepeatCheck check = this.index.similarTo(complaint, limit, distinct);
		Set<UUID> concluded = this.cases.concludedAmong(check.hits().stream().map(SimilarHit::complaintId).toList());
		return new Review(check, decided, concluded);
	}

	/**
	 * Similar complaints with what was already decided about them.
	 *
	 * @param check the hits (distinct pairs left out) and the verdict
	 * @param decided the other complaint → the decision about it and the complaint
	 * @param concluded the hits whose case is concluded (a repeat would be a repeat of a
	 * closed case)
	 */
	public record Review(RepeatCheck check, Map<UUID, DecisionKind> decided, Set<UUID> concluded) {

	}

	private List<Relation> pair(DecisionKind kind, TimelineNote note, UUID complaintId, UUID otherId,
			CurrentOfficer officer) {
		ComplaintView complaint = this.complaints.get(complaintId, officer.jurisdiction());
		ComplaintView other = visibleOther(otherId, "complaintId", officer);
		if (complaint.id().equals(other.id())) {
			throw new RuleViolationException(new FieldViolation("complaintId", "complaint.relation.self"));
		}
		Optional<CaseView> closed = (kind == DecisionKind.LINKED) ? concludedCaseOf(other.id()) : Optional.empty();
		decide(() -> {
			undecided(complaint, other);
			this.decisions.save(new PairDecision(kind, complaint.id(), other.id(), closed.isPresent(),
					officer.username(), this.clock.instant()));
			this.merges.note(complaint.id(), other.id(), note, officer);
			flagClosedCase(complaint, other, closed, officer);
		});
		return relationsOf(complaintId, officer);
	}

	private ComplaintView visibleOther(UUID otherId, String field, CurrentOfficer officer) {
		if (otherId == null) {
			throw new RuleViolationException(new FieldViolation(field, "field.required"));
		}
		return this.complaints.get(otherId, officer.jurisdiction());
	}

	private void undecided(ComplaintView complaint, ComplaintView other) {
		this.decisions.about(complaint.id(), other.id()).ifPresent((existing) -> {
			throw new ConflictException("complaint.relation.exists", other.receiptNumber(), existing.kind());
		});
	}

	private void flagClosedCase(ComplaintView complaint, ComplaintView earlier, Optional<CaseView> closed,
			CurrentOfficer officer) {
		closed.ifPresent((caseView) -> {
			this.merges.note(complaint.id(), earlier.id(), TimelineNote.REPEAT_OF_CLOSED_CASE, officer);
			this.events.publishEvent(
					new ClosedCaseRepeated(complaint.id(), complaint.receiptNumber(), earlier.id(), caseView.id()));
		});
	}

	private void decide(Runnable decision) {
		try {
			this.transactions.executeWithoutResult((status) -> decision.run());
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("complaint.relation.concurrent");
		}
	}

	private Optional<CaseView> concludedCaseOf(UUID complaintId) {
		return this.cases.forComplaint(complaintId).filter((view) -> view.status() == CaseStatus.CONCLUDED);
	}

	private String receiptOf(UUID complaintId) {
		try {
			return this.complaints.get(complaintId, Jurisdiction.everywhere()).receiptNumber();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}
