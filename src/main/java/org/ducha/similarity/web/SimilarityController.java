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
import org.ducha.similarity.ProblemTypeClassifier;
import org.ducha.similarity.RepeatCheck;
import org.ducha.similarity.RepeatIndex;
import org.ducha.similarity.SimilarHit;
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

	private final ProblemTypeClassifier classifier = ProblemTypeClassifier.standard();

	SimilarityController(RepeatIndex index, ComplaintQueries complaints) {
		this.index = index;
		this.complaints = complaints;
	}

	@GetMapping("/api/complaints/{id}/similar")
	SimilarAnswer similar(@PathVariable UUID id, @RequestParam(defaultValue = "5") int limit, CurrentOfficer officer) {
		return SimilarAnswer
			.of(this.index.similarTo(this.complaints.get(id, officer.jurisdiction()), Math.clamp(limit, 1, 20)));
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

	record SimilarAnswer(String verdict, UUID repeatOf, List<SimilarHit> hits) {

		static SimilarAnswer of(RepeatCheck check) {
			return switch (check.verdict()) {
				case Verdict.LikelyRepeat repeat -> new SimilarAnswer("LIKELY_REPEAT", repeat.of(), check.hits());
				case Verdict.NeedsReview review -> new SimilarAnswer("NEEDS_REVIEW", null, check.hits());
				case Verdict.New fresh -> new SimilarAnswer("NEW", null, check.hits());
			};
		}

	}

}
