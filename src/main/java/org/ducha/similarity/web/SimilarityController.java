package org.ducha.similarity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.intake.ComplaintQueries;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;
import org.ducha.similarity.DecisionKind;
import org.ducha.similarity.ProblemTypeClassifier;
import org.ducha.similarity.Reason;
import org.ducha.similarity.RepeatCheck;
import org.ducha.similarity.RepeatDecisions;
import org.ducha.similarity.RepeatIndex;
import org.ducha.similarity.TypeScore;
import org.ducha.similarity.Verdict;

/**
 * Similar complaints and problem-type suggestions (API).
 */
@RestController
@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
class SimilarityController {

	private final RepeatIndex index;

	private final ComplaintQueries complaints;

	private final RepeatDecisions decisions;

	private final ProblemTypeClassifier classifier = ProblemTypeClassifier.standard();

	SimilarityController(RepeatIndex index, ComplaintQueries complaints, RepeatDecisions decisions) {
		this.index = index;
		this.complaints = complaints;
		this.decisions = decisions;
	}

	@GetMapping("/api/complaints/{id}/similar")
	SimilarAnswer similar(@PathVariable UUID id, @RequestParam(defaultValue = "5") int limit, CurrentOfficer officer) {
		return SimilarAnswer
			.of(this.decisions.review(this.complaints.get(id, officer.jurisdiction()), Math.clamp(limit, 1, 20)));
	}

	@PostMapping("/api/similarity/query")
	SimilarAnswer query(@RequestBody Query query) {
		if (query.text() == null || query.text().isBlank()) {
			throw new RuleViolationException(new FieldViolation("text", "field.required"));
		}
		if (query.text().length() > 5000) {
			throw new RuleViolationException(new FieldViolation("text", "field.tooLong", 5000));
		}
		int limit = (query.limit() != null) ? Math.clamp(query.limit(), 1, 20) : 5;
		return SimilarAnswer.of(this.index.query(query.text(), query.reportedObject(), query.regionCode(), limit));
	}

	@PostMapping("/api/classify")
	Classification classify(@RequestBody Query query) {
		if (query.text() == null || query.text().isBlank()) {
			throw new RuleViolationException(new FieldViolation("text", "field.required"));
		}
		if (query.text().length() > 5000) {
			throw new RuleViolationException(new FieldViolation("text", "field.tooLong", 5000));
		}
		return new Classification(this.classifier.classify(query.text()));
	}

	record Query(String text, String reportedObject, String regionCode, Integer limit) {

	}

	record Classification(List<TypeScore> problemTypes) {

	}

	/**
	 * The answer: the verdict and the hits. On a registered complaint each hit also says
	 * what was already decided about the pair ({@code decision}: MERGED, LINKED; pairs
	 * judged DISTINCT are left out) and whether its case is concluded
	 * ({@code repeatOfClosedCase}: a repeat would reopen attention on a closed case).
	 */
	record SimilarAnswer(String verdict, UUID repeatOf, List<Hit> hits) {

		static SimilarAnswer of(RepeatCheck check) {
			return of(new RepeatDecisions.Review(check, java.util.Map.of(), java.util.Set.of()));
		}

		static SimilarAnswer of(RepeatDecisions.Review review) {
			RepeatCheck check = review.check();
			List<Hit> hits = check.hits()
				.stream()
				.map((hit) -> new Hit(hit.complaintId(), hit.receiptNumber(), hit.score(), hit.reasons(),
						hit.daysApart(), review.decided().get(hit.complaintId()),
						review.concluded().contains(hit.complaintId())))
				.toList();
			return switch (check.verdict()) {
				case Verdict.LikelyRepeat repeat -> new SimilarAnswer("LIKELY_REPEAT", repeat.of(), hits);
				case Verdict.NeedsReview needsReview -> new SimilarAnswer("NEEDS_REVIEW", null, hits);
				case Verdict.New fresh -> new SimilarAnswer("NEW", null, hits);
			};
		}

	}

	record Hit(UUID complaintId, String receiptNumber, double score, List<Reason> reasons, long daysApart,
			DecisionKind decision, boolean repeatOfClosedCase) {

	}

}
