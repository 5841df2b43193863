package org.ducha.casework.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ducha.accounts.CurrentOfficer;
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
import org.ducha.casework.EvidenceLocker;
import org.ducha.casework.EvidenceView;
import org.ducha.casework.Finding;
import org.ducha.casework.FourChecks;
import org.ducha.casework.HandlingReport;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.TransferDocuments;
import org.ducha.casework.Verdict;
import org.ducha.intake.ComplaintSummary;
import org.ducha.shared.Downloads;

@RestController
class CaseworkApiController {

	private final BatchTransfers batches;

	private final CaseHandling handling;

	private final CaseQueries queries;

	private final TransferDocuments documents;

	private final EvidenceLocker evidence;

	CaseworkApiController(BatchTransfers batches, CaseHandling handling, CaseQueries queries,
			TransferDocuments documents, EvidenceLocker evidence) {
		this.batches = batches;
		this.handling = handling;
		this.queries = queries;
		this.documents = documents;
		this.evidence = evidence;
	}

	@PostMapping(path = "/api/cases/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	ResponseEntity<EvidenceView> attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			CurrentOfficer officer) throws java.io.IOException {
		EvidenceView attached = this.evidence.attach(id, file.getOriginalFilename(), file.getSize(),
				file.getInputStream(), officer);
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/evidence/" + attached.id())).body(attached);
	}

	@GetMapping("/api/cases/{id}/evidence")
	List<EvidenceView> evidenceOf(@PathVariable UUID id, CurrentOfficer officer) {
		return this.evidence.of(id, officer);
	}

	@GetMapping("/api/cases/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidenceFile(@PathVariable UUID id, @PathVariable UUID evidenceId, CurrentOfficer officer) {
		EvidenceLocker.Download download = this.evidence.download(id, evidenceId, officer);
		return Downloads.attachment(download.content(), download.evidence().contentType(),
				download.evidence().filename());
	}

	@GetMapping("/api/campaigns/{campaignId}/awaiting-transfer")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	List<ComplaintSummary> awaitingTransfer(@PathVariable UUID campaignId) {
		return this.batches.awaitingTransfer(campaignId);
	}

	@PostMapping("/api/campaigns/{campaignId}/batches")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	ResponseEntity<BatchView> compose(@PathVariable UUID campaignId,
			@RequestBody(required = false) BatchRequest request, CurrentOfficer officer) {
		BatchRequest body = (request != null) ? request : new BatchRequest(null, null, null);
		BatchView batch = this.batches.compose(campaignId, body.complaintIds(), body.keyCases(), body.supervised(),
				officer.username());
		return ResponseEntity.created(URI.create("/api/batches/" + batch.id())).body(batch);
	}

	@GetMapping("/api/campaigns/{campaignId}/batches")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	List<BatchView> batchesOf(@PathVariable UUID campaignId) {
		return this.batches.ofCampaign(campaignId);
	}

	@GetMapping("/api/batches/{id}")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	BatchView batch(@PathVariable UUID id) {
		return this.batches.get(id);
	}

	@PostMapping("/api/batches/{id}/transfer")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	BatchView transfer(@PathVariable UUID id, CurrentOfficer officer) {
		return this.batches.transfer(id, officer.username());
	}

	@GetMapping(path = "/api/batches/{id}/notice", produces = "text/plain;charset=UTF-8")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	String notice(@PathVariable UUID id, Locale locale) {
		return this.documents.notice(id, locale);
	}

	@GetMapping("/api/batches/{id}/sheets/{regionCode}.xlsx")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	ResponseEntity<byte[]> sheetXlsx(@PathVariable UUID id, @PathVariable String regionCode, Locale locale,
			CurrentOfficer officer) {
		return Downloads.attachment(this.documents.sheetXlsx(id, regionCode, locale, officer.jurisdiction()),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"transfer-" + regionCode + ".xlsx");
	}

	@GetMapping("/api/batches/{id}/sheets/{regionCode}.pdf")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	ResponseEntity<byte[]> sheetPdf(@PathVariable UUID id, @PathVariable String regionCode, Locale locale,
			CurrentOfficer officer) {
		return Downloads.attachment(this.documents.sheetPdf(id, regionCode, locale, officer.jurisdiction()),
				"application/pdf", "transfer-" + regionCode + ".pdf");
	}

	@GetMapping("/api/cases")
	List<CaseView> cases(@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) UUID batchId,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) DeadlineColour colour, CurrentOfficer officer) {
		return this.queries.search(new CaseFilter(campaignId, batchId, regionCode, status, colour),
				officer.jurisdiction());
	}

	@GetMapping("/api/cases/{id}")
	CaseView one(@PathVariable UUID id, CurrentOfficer officer) {
		return this.queries.get(id, officer.jurisdiction());
	}

	@PostMapping("/api/cases/{id}/sign")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	CaseView sign(@PathVariable UUID id, @RequestBody(required = false) SignRequest request, CurrentOfficer officer) {
		SignRequest body = (request != null) ? request : new SignRequest(null, null, null);
		return this.handling.sign(id, body.leaderInCharge(), body.leadUnit(), body.assistingUnits(), officer);
	}

	@PostMapping("/api/cases/{id}/return-to-team")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	CaseView returnToTeam(@PathVariable UUID id, @RequestBody ReturnRequest request, CurrentOfficer officer) {
		return this.handling.returnToTeam(id, request.reason(), request.basis(), officer);
	}

	@PostMapping("/api/cases/{id}/return-decision")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	CaseView decideReturn(@PathVariable UUID id, @RequestBody ReturnDecisionRequest request, CurrentOfficer officer) {
		return this.handling.decideReturn(id, Boolean.TRUE.equals(request.reroute()), request.regionCode(),
				request.remark(), officer);
	}

	@PostMapping("/api/cases/{id}/extension-requests")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	CaseView requestExtension(@PathVariable UUID id, @RequestBody ExtensionRequest request, CurrentOfficer officer) {
		return this.handling.requestExtension(id, request.until(), request.reason(), officer);
	}

	@PostMapping("/api/cases/{id}/extension-decision")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	CaseView decideExtension(@PathVariable UUID id, @RequestBody ExtensionDecision request, CurrentOfficer officer) {
		return this.handling.decideExtension(id, Boolean.TRUE.equals(request.approve()), request.remark(), officer);
	}

	@PostMapping("/api/cases/{id}/reports")
	@PreAuthorize("hasAnyRole('LOCAL_HANDLER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	CaseView report(@PathVariable UUID id, @RequestBody ReportRequest request, CurrentOfficer officer) {
		return this.handling.submitReport(id, request.toReport(), officer);
	}

	@PostMapping("/api/cases/{id}/reviews")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	CaseView review(@PathVariable UUID id, @RequestBody ReviewRequest request, CurrentOfficer officer) {
		return this.handling.review(id, request.decision(), request.reasons(), request.checks(), officer);
	}

	record BatchRequest(List<UUID> complaintIds, Set<UUID> keyCases, Set<UUID> supervised) {

	}

	record SignRequest(String leaderInCharge, String leadUnit, String assistingUnits) {

	}

	record ReturnRequest(String reason, String basis) {

	}

	record ReturnDecisionRequest(Boolean reroute, String regionCode, String remark) {

	}

	record ExtensionRequest(String reason, LocalDate until) {

	}

	record ExtensionDecision(Boolean approve, String remark) {

	}

	record ReviewRequest(ReviewDecision decision, String reasons, FourChecks checks) {

	}

	record ReportRequest(List<Finding> findings, Verdict verdict, String investigation, String targetOutcome,
			String actions, ActionCounts counts, String accountability, Closure closure,
			LocalDate rectificationDeadline) {

		HandlingReport toReport() {
			return new HandlingReport(this.findings, this.verdict, this.investigation, this.targetOutcome, this.actions,
					this.counts, this.accountability, this.closure, this.rectificationDeadline);
		}

	}

}
