package org.ducha.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One round of a handling report. Rounds are kept: a returned report stays on file beside
 * its successor.
 */
@Entity
@Table(name = "case_report")
class CaseReport {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	@Column(nullable = false)
	private int round;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "case_report_finding", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<Finding> findings = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Verdict verdict;

	@Column(nullable = false)
	private String investigation;

	@Column(name = "target_outcome")
	private String targetOutcome;

	@Column(nullable = false)
	private String actions;

	@Embedded
	private ActionCounts counts;

	private String accountability;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Closure closure;

	@Column(name = "rectification_deadline")
	private LocalDate rectificationDeadline;

	@Column(name = "submitted_by", nullable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	protected CaseReport() {
	}

	CaseReport(CaseFile caseFile, int round, HandlingReport report, String submittedBy, Instant submittedAt) {
		this.id = UUID.randomUUID();
		this.caseFile = caseFile;
		this.round = round;
		this.findings.addAll(report.findings());
		this.verdict = report.verdict();
		this.investigation = report.investigation().strip();
		this.targetOutcome = strip(report.targetOutcome());
		this.actions = report.actions().strip();
		this.counts = report.counts();
		this.accountability = strip(report.accountability());
		this.closure = report.closure();
		this.rectificationDeadline = report.rectificationDeadline();
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	int round() {
		return this.round;
	}

	ReportView view() {
		return new ReportView(this.round, List.copyOf(this.findings), this.verdict, this.investigation,
				this.targetOutcome, this.actions, this.counts, this.accountability, this.closure,
				this.rectificationDeadline, this.submittedBy, this.submittedAt);
	}

}
