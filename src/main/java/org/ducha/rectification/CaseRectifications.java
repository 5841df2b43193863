package org.ducha.rectification;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ducha.accounts.Jurisdiction;
import org.ducha.casework.CaseConcluded;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseView;
import org.ducha.casework.Closure;
import org.ducha.casework.ReportView;
import org.ducha.disclosure.PublicText;

/**
 * A complaint case concluded as 阶段性办结 still has rectification to do: it becomes a task of
 * the campaign's plan for such cases, linked to the case, with the deadline the handling
 * report stated and the report's target and measures (redacted: the ledger can be
 * published). Idempotent: a case gets one task.
 */
@Component
class CaseRectifications {

	private final RectificationPlanning planning;

	private final CaseQueries cases;

	private final PublicText publicText;

	CaseRectifications(RectificationPlanning planning, CaseQueries cases, PublicText publicText) {
		this.planning = planning;
		this.cases = cases;
		this.publicText = publicText;
	}

	// only partly closed cases are delivered (and kept in the event registry until done)
	@ApplicationModuleListener(id = "rectification.task-for-partly-closed-case",
			condition = "#concluded.closure() == T(org.ducha.casework.Closure).PARTLY_CLOSED")
	void on(CaseConcluded concluded) {
		if (concluded.closure() != Closure.PARTLY_CLOSED) {
			return;
		}
		CaseView view = this.cases.get(concluded.caseId(), Jurisdiction.everywhere());
		ReportView report = view.reports().get(view.reports().size() - 1);
		String unit = firstNonBlank(view.leadUnit(), view.responsibleUnit(), view.suggestedLeadUnit(), "—");
		String leader = firstNonBlank(view.leaderInCharge(), "—");
		TaskDraft draft = new TaskDraft(null, null, clean(firstNonBlank(report.targetOutcome(), "按期完成整改")),
				clean(firstNonBlank(report.actions(), report.investigation(), "—")), unit, view.assistingUnits(),
				leader, leader, view.regionCode(), TaskKind.BY_DEADLINE,
				view.concludedAt() == null ? null
						: java.time.LocalDate.ofInstant(view.concludedAt(),
								org.ducha.campaigns.CampaignDetails.CHINA_TIME),
				concluded.rectificationDeadline(), null, List.of());
		String problem = "信访件 " + view.receiptNumber() + "（" + String.join("、", view.problemTypes()) + "）："
				+ clean(view.description());
		this.planning.addCaseTask(concluded.campaignId(), concluded.caseId(), draft, cut(problem, 4000),
				view.regionCode());
	}

	private String clean(String text) {
		return cut(this.publicText.redact(text).text(), 4000);
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return "";
	}

}
