package org.ducha.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.ActionCounts;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.casework.CaseFilter;
import org.ducha.casework.CaseHandling;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseStatus;
import org.ducha.casework.CaseView;
import org.ducha.casework.Closure;
import org.ducha.casework.DeadlineColour;
import org.ducha.casework.Finding;
import org.ducha.casework.FourChecks;
import org.ducha.casework.HandlingReport;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.TransferDocuments;
import org.ducha.casework.Verdict;
import org.ducha.shared.RuleViolationException;

@Controller
class CaseworkPageController {

	private static final String CASE = "casework/case";

	private final BatchTransfers batches;

	private final CaseHandling handling;

	private final CaseQueries queries;

	private final TransferDocuments documents;

	private final CampaignRegistry campaigns;

	private final org.ducha.casework.EvidenceLocker evidence;

	CaseworkPageController(BatchTransfers batches, CaseHandling handling, CaseQueries queries,
			TransferDocuments documents, CampaignRegistry campaigns, org.ducha.casework.EvidenceLocker evidence) {
		this.batches = batches;
		this.handling = handling;
		this.queries = queries;
		this.documents = documents;
		this.campaigns = campaigns;
		this.evidence = evidence;
	}

	@PostMapping("/cases/{id}/evidence")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String attach(@PathVariable UUID id,
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			CurrentOfficer officer, Model model) throws java.io.IOException {
		if (file == null) {
			model.addAttribute("errors", List.of(new org.ducha.shared.FieldViolation("file", "evidence.empty")));
			return show(this.queries.get(id, officer.jurisdiction()), officer, model);
		}
		try (java.io.InputStream content = file.getInputStream()) {
			return act(id, officer, model, () -> {
				this.evidence.attach(id, file.getOriginalFilename(), file.getSize(), content, officer);
				return null;
			});
		}
	}

	@GetMapping("/cases/{id}/evidence/{evidenceId}")
	org.springframework.http.ResponseEntity<byte[]> evidenceFile(@PathVariable UUID id, @PathVariable UUID evidenceId,
			CurrentOfficer officer) {
		org.ducha.casework.EvidenceLocker.Download download = this.evidence.download(id, evidenceId, officer);
		return org.ducha.shared.Downloads.attachment(download.content(), download.evidence().contentType(),
				download.evidence().filename());
	}

	@GetMapping("/campaigns/{campaignId}/batches")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String batches(@PathVariable UUID campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("waiting", this.batches.awaitingTransfer(campaignId));
		model.addAttribute("batches", this.batches.ofCampaign(campaignId));
		return "casework/batches";
	}

	@PostMapping("/campaigns/{campaignId}/batches")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String compose(@PathVariable UUID campaignId, @RequestParam(required = false) List<UUID> complaintIds,
			@RequestParam(required = false) List<UUID> keyCases, @RequestParam(required = false) List<UUID> supervised,
			CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			BatchView batch = this.batches.compose(campaignId, (complaintIds != null) ? complaintIds : List.of(),
					asSet(keyCases), asSet(supervised), officer.username());
			return "redirect:/batches/" + batch.id();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
			return "redirect:/campaigns/" + campaignId + "/batches";
		}
	}

	@GetMapping("/batches/{id}")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String batch(@PathVariable UUID id, Locale locale, Model model) {
		BatchView batch = this.batches.get(id);
		model.addAttribute("batch", batch);
		model.addAttribute("campaign", this.campaigns.get(batch.campaignId()));
		model.addAttribute("notice", this.documents.notice(id, locale));
		model.addAttribute("regions", this.documents.receivingRegions(id));
		return "casework/batch";
	}

	@PostMapping("/batches/{id}/transfer")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String transfer(@PathVariable UUID id, CurrentOfficer officer) {
		this.batches.transfer(id, officer.username());
		return "redirect:/batches/" + id;
	}

	@GetMapping("/batches/{id}/sheets/{regionCode}.xlsx")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	org.springframework.http.ResponseEntity<byte[]> sheetXlsx(@PathVariable UUID id, @PathVariable String regionCode,
			Locale locale, CurrentOfficer officer) {
		return org.ducha.shared.Downloads.attachment(
				this.documents.sheetXlsx(id, regionCode, locale, officer.jurisdiction()),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"transfer-" + regionCode + ".xlsx");
	}

	@GetMapping("/batches/{id}/sheets/{regionCode}.pdf")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	org.springframework.http.ResponseEntity<byte[]> sheetPdf(@PathVariable UUID id, @PathVariable String regionCode,
			Locale locale, CurrentOfficer officer) {
		return org.ducha.shared.Downloads.attachment(
				this.documents.sheetPdf(id, regionCode, locale, officer.jurisdiction()), "application/pdf",
				"transfer-" + regionCode + ".pdf");
	}

	@GetMapping("/cases")
	String cases(@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) UUID batchId,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) DeadlineColour colour, CurrentOfficer officer, Model model) {
		CaseFilter filter = new CaseFilter(campaignId, batchId, regionCode, status, colour);
		model.addAttribute("filter", filter);
		model.addAttribute("cases", this.queries.search(filter, officer.jurisdiction()));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("colours", DeadlineColour.values());
		return "casework/cases";
	}

	@GetMapping("/cases/{id}")
	String caseFile(@PathVariable UUID id, CurrentOfficer officer, Model model) {
		return show(this.queries.get(id, officer.jurisdiction()), officer, model);
	}

	@PostMapping("/cases/{id}/sign")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String sign(@PathVariable UUID id, @RequestParam(required = false) String leaderInCharge,
			@RequestParam(required = false) String leadUnit, @RequestParam(required = false) String assistingUnits,
			CurrentOfficer officer, Model model) {
		return act(id, officer, model, () -> this.handling.sign(id, leaderInCharge, leadUnit, assistingUnits, officer));
	}

	@PostMapping("/cases/{id}/reports")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String report(@PathVariable UUID id, @RequestParam(required = false) List<String> allegation,
			@RequestParam(required = false) List<String> allegationVerdict,
			@RequestParam(required = false) Verdict verdict, @RequestParam(required = false) String investigation,
			@RequestParam(required = false) String targetOutcome, @RequestParam(required = false) String actions,
			@RequestParam(defaultValue = "0") int orderedToRectify,
			@RequestParam(defaultValue = "0") int penalisedUnits, @RequestParam(defaultValue = "0") long finesYuan,
			@RequestParam(defaultValue = "0") int criminalCases,
			@RequestParam(defaultValue = "0") int administrativeDetentions,
			@RequestParam(defaultValue = "0") int criminalDetentions,
			@RequestParam(defaultValue = "0") int summonedPersons,
			@RequestParam(defaultValue = "0") int accountablePersons, @RequestParam(defaultValue = "0") int referrals,
			@RequestParam(required = false) String accountability, @RequestParam(required = false) Closure closure,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate rectificationDeadline,
			CurrentOfficer officer, Model model) {
		List<Finding> findings = new ArrayList<>();
		if (allegation != null) {
			for (int i = 0; i < allegation.size(); i++) {
				String text = allegation.get(i);
				if (text != null && !text.isBlank()) {
					String code = (allegationVerdict != null && i < allegationVerdict.size()) ? allegationVerdict.get(i)
							: null;
					findings.add(new Finding(text, verdictOrNull(code)));
				}
			}
		}
		HandlingReport report = new HandlingReport(findings, verdict, investigation, targetOutcome, actions,
				new ActionCounts(orderedToRectify, penalisedUnits, finesYuan, criminalCases, administrativeDetentions,
						criminalDetentions, summonedPersons, accountablePersons, referrals),
				accountability, closure, rectificationDeadline);
		return act(id, officer, model, () -> this.handling.submitReport(id, report, officer));
	}

	@PostMapping("/cases/{id}/reviews")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String review(@PathVariable UUID id, @RequestParam(required = false) ReviewDecision decision,
			@RequestParam(required = false) String reasons,
			@RequestParam(defaultValue = "false") boolean problemNotFoundOut,
			@RequestParam(defaultValue = "false") boolean rectificationNotDone,
			@RequestParam(defaultValue = "false") boolean responsibilityNotPursued,
			@RequestParam(defaultValue = "false") boolean complainantNotSatisfied, CurrentOfficer officer,
			Model model) {
		FourChecks checks = new FourChecks(problemNotFoundOut, rectificationNotDone, responsibilityNotPursued,
				complainantNotSatisfied);
		return act(id, officer, model, () -> this.handling.review(id, decision, reasons, checks, officer));
	}

	@PostMapping("/cases/{id}/return-to-team")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String returnToTeam(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String basis, CurrentOfficer officer, Model model) {
		return act(id, officer, model, () -> this.handling.returnToTeam(id, reason, basis, officer));
	}

	@PostMapping("/cases/{id}/return-decision")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String decideReturn(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean reroute,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) String remark,
			CurrentOfficer officer, Model model) {
		return act(id, officer, model, () -> this.handling.decideReturn(id, reroute, regionCode, remark, officer));
	}

	@PostMapping("/cases/{id}/extension-requests")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String requestExtension(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String reason, CurrentOfficer officer, Model model) {
		return act(id, officer, model, () -> this.handling.requestExtension(id, until, reason, officer));
	}

	@PostMapping("/cases/{id}/extension-decision")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String decideExtension(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean approve,
			@RequestParam(required = false) String remark, CurrentOfficer officer, Model model) {
		return act(id, officer, model, () -> this.handling.decideExtension(id, approve, remark, officer));
	}

	private String act(UUID id, CurrentOfficer officer, Model model, java.util.function.Supplier<CaseView> action) {
		try {
			action.get();
			return "redirect:/cases/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errors", ex.violations());
			return show(this.queries.get(id, officer.jurisdiction()), officer, model);
		}
	}

	private String show(CaseView caseView, CurrentOfficer officer, Model model) {
		boolean team = officer.hasAny(Role.TEAM_OFFICER, Role.TEAM_LEADER);
		boolean local = officer.has(Role.LOCAL_HANDLER) || team;
		model.addAttribute("caseFile", caseView);
		model.addAttribute("evidence", this.evidence.of(caseView.id(), officer));
		model.addAttribute("mayAttach", local && caseView.status() != CaseStatus.CONCLUDED);
		model.addAttribute("maySign", local && caseView.status() == CaseStatus.TRANSFERRED);
		model.addAttribute("mayReport", local && caseView.status().isUnderInvestigation());
		model.addAttribute("mayReturnToTeam",
				local && (caseView.status() == CaseStatus.TRANSFERRED || caseView.status() == CaseStatus.SIGNED));
		model.addAttribute("mayRequestExtension", local && caseView.extension() == null
				&& (caseView.status() == CaseStatus.TRANSFERRED || caseView.status().isUnderInvestigation()));
		model.addAttribute("mayReview", team && caseView.status() == CaseStatus.REPORTED);
		model.addAttribute("mayDecideReturn", team && caseView.status() == CaseStatus.RETURNED_TO_TEAM);
		model.addAttribute("mayDecideExtension", team && caseView.extension() != null
				&& caseView.extension().state() == org.ducha.casework.ExtensionState.REQUESTED);
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("closures", Closure.values());
		return CASE;
	}

	private static Verdict verdictOrNull(String code) {
		return java.util.Arrays.stream(Verdict.values())
			.filter((verdict) -> verdict.name().equals(code))
			.findFirst()
			.orElse(null);
	}

	private static Set<UUID> asSet(List<UUID> ids) {
		return (ids != null) ? new HashSet<>(ids) : Set.of();
	}

}
