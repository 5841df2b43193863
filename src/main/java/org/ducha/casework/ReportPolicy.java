package org.ducha.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.shared.FieldViolation;

/**
 * What a handling report must contain before the team looks at it.
 */
final class ReportPolicy {

	private ReportPolicy() {
	}

	static List<FieldViolation> check(HandlingReport report, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		if (report.verdict() == null) {
			violations.add(new FieldViolation("verdict", "field.required"));
		}
		text(violations, "investigation", report.investigation(), 5000, true);
		text(violations, "actions", report.actions(), 5000, true);
		text(violations, "targetOutcome", report.targetOutcome(), 1000, false);
		text(violations, "accountability", report.accountability(), 2000, false);
		if (report.closure() == null) {
			violations.add(new FieldViolation("closure", "field.required"));
		}
		else if (report.closure() == Closure.PARTLY_CLOSED) {
			if (report.rectificationDeadline() == null) {
				violations.add(new FieldViolation("rectificationDeadline", "report.rectificationDeadline.required"));
			}
			else if (report.rectificationDeadline().isBefore(today)) {
				violations.add(new FieldViolation("rectificationDeadline", "report.rectificationDeadline.past"));
			}
		}
		if (report.findings().size() > 50) {
			violations.add(new FieldViolation("findings", "report.findings.tooMany", 50));
		}
		for (int i = 0; i < report.findings().size(); i++) {
			Finding finding = report.findings().get(i);
			if (finding == null || finding.allegation() == null || finding.allegation().isBlank()) {
				violations.add(new FieldViolation("findings[" + i + "].allegation", "field.required"));
			}
			else if (finding.allegation().length() > 500) {
				violations.add(new FieldViolation("findings[" + i + "].allegation", "field.tooLong", 500));
			}
			if (finding != null && finding.verdict() == null) {
				violations.add(new FieldViolation("findings[" + i + "].verdict", "field.required"));
			}
		}
		if (report.counts().anyNegative()) {
			violations.add(new FieldViolation("counts", "report.counts.negative"));
		}
		return violations;
	}

	private static void text(List<FieldViolation> violations, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new FieldViolation(field, "field.required"));
			}
		}
		else if (value.strip().length() > max) {
			violations.add(new FieldViolation(field, "field.tooLong", max));
		}
	}

}
