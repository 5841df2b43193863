package org.ducha.disclosure.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.disclosure.PublicText;
import org.ducha.disclosure.Redaction;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

/**
 * {@code POST /api/redact}: what the redactor takes out of a text before publication.
 */
@RestController
class RedactionController {

	static final int MAX_TEXT = 20_000;

	private final PublicText publicText;

	RedactionController(PublicText publicText) {
		this.publicText = publicText;
	}

	@PostMapping("/api/redact")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'INTAKE_CLERK', 'FOLLOWUP_OFFICER')")
	RedactResponse redact(@RequestBody RedactRequest request) {
		if (request.text() == null) {
			throw new RuleViolationException(new FieldViolation("text", "field.required"));
		}
		if (request.text().length() > MAX_TEXT) {
			throw new RuleViolationException(new FieldViolation("text", "field.tooLong", MAX_TEXT));
		}
		Redaction redaction = this.publicText.redact(request.text());
		return new RedactResponse(redaction.text(),
				redaction.spans()
					.stream()
					.map((span) -> new Span(span.start(), span.end(), span.kind().name()))
					.toList());
	}

	record RedactRequest(String text) {

	}

	record RedactResponse(String text, List<Span> spans) {

	}

	record Span(int start, int end, String kind) {

	}

}
