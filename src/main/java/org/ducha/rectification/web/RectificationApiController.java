package org.ducha.rectification.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.rectification.AcceptanceDecision;
import org.ducha.rectification.BoardView;
import org.ducha.rectification.EvidenceStage;
import org.ducha.rectification.EvidenceView;
import org.ducha.rectification.PlanDraft;
import org.ducha.rectification.PlanView;
import org.ducha.rectification.ProblemDraft;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.ProgressDraft;
import org.ducha.rectification.RectificationLedger;
import org.ducha.rectification.RectificationPlanning;
import org.ducha.rectification.RectificationQueries;
import org.ducha.rectification.RectificationTracking;
import org.ducha.rectification.SettingsView;
import org.ducha.rectification.SiteDraft;
import org.ducha.rectification.TaskDraft;
import org.ducha.rectification.TaskEvidenceLocker;
import org.ducha.rectification.TaskFilter;
import org.ducha.rectification.TaskStatus;
import org.ducha.rectification.TaskView;
import org.ducha.rectification.WarningColour;
import org.ducha.rectification.WorkGroupView;
import org.ducha.shared.Downloads;
import org.ducha.shared.TableDocument;

/**
 * The rectification API: feedback problems, plans, the task ledger, progress, close-out,
 * acceptance, public notice, objections, write-off, look-backs, work groups, sites, the
 * board and the documents.
 */
@RestController
@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER', 'ADMIN')")
class RectificationApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RectificationPlanning planning;

	private final RectificationTracking tracking;

	private final RectificationQueries queries;

	private final RectificationLedger ledger;

	private final TaskEvidenceLocker evidence;

	RectificationApiController(RectificationPlanning planning, RectificationTracking tracking,
			RectificationQueries queries, RectificationLedger ledger, TaskEvidenceLocker evidence) {
		this.planning = planning;
		this.tracking = tracking;
		this.queries = queries;
		this.ledger = ledger;
		this.evidence = evidence;
	}

	@GetMapping("/api/campaigns/{campaignId}/rectification-settings")
	SettingsView settings(@PathVariable UUID campaignId) {
		return this.planning.settings(campaignId);
	}

	@PutMapping("/api/campaigns/{campaignId}/rectification-settings")
	@PreAuthorize("hasAnyRole('TEAM_LEADER', 'ADMIN')")
	SettingsView changeSettings(@PathVariable UUID campaignId, @RequestBody SettingsView settings) {
		return this.planning.changeSettings(campaignId, settings);
	}

	@PostMapping("/api/campaigns/{campaignId}/feedback-problems")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	ResponseEntity<ProblemView> addProblem(@PathVariable UUID campaignId, @RequestBody ProblemDraft draft,
			CurrentOfficer officer) {
		ProblemView problem = this.planning.addProblem(campaignId, draft, officer.username());
		return ResponseEntity.created(URI.create("/api/rectification/problems/" + problem.id())).body(problem);
	}

	@PostMapping(path = "/api/campaigns/{campaignId}/feedback-problems/import",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	List<ProblemView> importProblems(@PathVariable UUID campaignId, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fedBackOn,
			CurrentOfficer officer) throws IOException {
		return this.ledger.importProblems(campaignId, fedBackOn, file.getInputStream(), officer.username());
	}

	@GetMapping("/api/campaigns/{campaignId}/feedback-problems")
	List<ProblemView> problems(@PathVariable UUID campaignId) {
		return this.planning.problems(campaignId);
	}

	@PostMapping("/api/rectification/problems/{id}/claim")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	ProblemView claim(@PathVariable UUID id, @RequestBody Map<String, String> body, CurrentOfficer officer) {
		return this.planning.claim(id, body.get("unit"), officer);
	}

	@PostMapping("/api/rectification/plans")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	ResponseEntity<PlanView> createPlan(@RequestBody PlanDraft draft, CurrentOfficer officer) {
		PlanView plan = this.planning.createPlan(draft, officer);
		return ResponseEntity.created(URI.create("/api/rectification/plans/" + plan.id())).body(plan);
	}

	@GetMapping("/api/rectification/plans")
	List<PlanView> plans(@RequestParam UUID campaignId) {
		return this.planning.plans(campaignId);
	}

	@GetMapping("/api/rectification/plans/{id}")
	PlanView plan(@PathVariable UUID id) {
		return this.planning.planView(id);
	}

	@PostMapping("/api/rectification/plans/{id}/adoption")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	PlanView adopt(@PathVariable UUID id, @RequestBody DateRequest request) {
		return this.planning.adopt(id, request.date());
	}

	@PostMapping("/api/rectification/plans/{id}/tasks")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	ResponseEntity<TaskView> addTask(@PathVariable UUID id, @RequestBody TaskDraft draft, CurrentOfficer officer) {
		UUID taskId = this.planning.addTask(id, draft, officer);
		return ResponseEntity.created(URI.create("/api/rectification/tasks/" + taskId))
			.body(this.queries.task(taskId, officer.jurisdiction()));
	}

	@GetMapping("/api/rectification/tasks")
	List<TaskView> tasks(@RequestParam UUID campaignId, @RequestParam(required = false) UUID planId,
			@RequestParam(required = false) WarningColour colour, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String leader, @RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) UUID workGroupId, CurrentOfficer officer) {
		return this.queries.tasks(new TaskFilter(campaignId, planId, colour, unit, leader, status, workGroupId),
				officer.jurisdiction());
	}

	@GetMapping("/api/rectification/board")
	BoardView board(@RequestParam UUID campaignId, CurrentOfficer officer) {
		return this.queries.board(campaignId, officer.jurisdiction());
	}

	@GetMapping("/api/rectification/tasks/{id}")
	TaskView task(@PathVariable UUID id, CurrentOfficer officer) {
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/progress")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	TaskView progress(@PathVariable UUID id, @RequestBody ProgressDraft draft, CurrentOfficer officer) {
		this.tracking.reportProgress(id, draft, officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping(path = "/api/rectification/tasks/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	ResponseEntity<EvidenceView> attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "CLOSEOUT") EvidenceStage stage, CurrentOfficer officer) throws IOException {
		EvidenceView attached = this.evidence.attach(id, stage, file.getOriginalFilename(), file.getSize(),
				file.getInputStream(), officer);
		return ResponseEntity.created(URI.create("/api/rectification/tasks/" + id + "/evidence/" + attached.id()))
			.body(attached);
	}

	@GetMapping("/api/rectification/tasks/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidenceFile(@PathVariable UUID id, @PathVariable UUID evidenceId, CurrentOfficer officer) {
		TaskEvidenceLocker.Download download = this.evidence.download(id, evidenceId, officer);
		return Downloads.attachment(download.content(), download.evidence().contentType(),
				download.evidence().filename());
	}

	@PostMapping("/api/rectification/tasks/{id}/closeout")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	TaskView closeOut(@PathVariable UUID id, @RequestBody CloseOutRequest request, CurrentOfficer officer) {
		this.tracking.requestCloseOut(id, request.completion(), officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/acceptance")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	TaskView acceptance(@PathVariable UUID id, @RequestBody AcceptanceRequest request, CurrentOfficer officer) {
		if (request.passed() == null) {
			throw new org.ducha.shared.RuleViolationException(
					new org.ducha.shared.FieldViolation("passed", "field.required"));
		}
		this.tracking.decideAcceptance(id, new AcceptanceDecision(request.passed(),
				Boolean.TRUE.equals(request.onSite()), request.acceptingUnit(), request.findings()), officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/signoff")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	TaskView signOff(@PathVariable UUID id, CurrentOfficer officer) {
		this.tracking.signOff(id, officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/objections")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	ResponseEntity<TaskView> objection(@PathVariable UUID id, @RequestBody ObjectionRequest request,
			CurrentOfficer officer) {
		UUID objection = this.tracking.lodgeObjection(id, request.content(), officer);
		return ResponseEntity.created(URI.create("/api/rectification/tasks/" + id + "/objections/" + objection))
			.body(this.queries.task(id, officer.jurisdiction()));
	}

	@PostMapping("/api/rectification/tasks/{id}/objections/{objectionId}/review")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	TaskView reviewObjection(@PathVariable UUID id, @PathVariable UUID objectionId, @RequestBody ReviewRequest request,
			CurrentOfficer officer) {
		this.tracking.reviewObjection(id, objectionId, request.upheld(), request.resolution(), officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/write-off")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	TaskView writeOff(@PathVariable UUID id, CurrentOfficer officer) {
		this.tracking.writeOff(id, officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/archive")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	TaskView archive(@PathVariable UUID id, CurrentOfficer officer) {
		this.tracking.archive(id, officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/lookbacks")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	TaskView lookBack(@PathVariable UUID id, @RequestBody LookbackRequest request, CurrentOfficer officer) {
		this.tracking.lookBack(id, request.rebound(), request.findings(), officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/deadline")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	TaskView reschedule(@PathVariable UUID id, @RequestBody DateRequest request, CurrentOfficer officer) {
		this.tracking.reschedule(id, request.date(), officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/sites")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	TaskView addSite(@PathVariable UUID id, @RequestBody SiteDraft draft, CurrentOfficer officer) {
		this.planning.addSite(id, draft, officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/rectification/tasks/{id}/sites/{siteId}/acceptance")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	TaskView acceptSite(@PathVariable UUID id, @PathVariable UUID siteId, @RequestBody FindingsRequest request,
			CurrentOfficer officer) {
		this.tracking.acceptSite(id, siteId, request.findings(), officer);
		return this.queries.task(id, officer.jurisdiction());
	}

	@PostMapping("/api/campaigns/{campaignId}/work-groups")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	ResponseEntity<WorkGroupView> addWorkGroup(@PathVariable UUID campaignId, @RequestBody Map<String, String> body) {
		WorkGroupView group = this.planning.addWorkGroup(campaignId, body.get("name"), body.get("leader"));
		return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId + "/work-groups/" + group.id()))
			.body(group);
	}

	@GetMapping("/api/campaigns/{campaignId}/work-groups")
	List<WorkGroupView> workGroups(@PathVariable UUID campaignId) {
		return this.planning.workGroups(campaignId);
	}

	@GetMapping("/api/rectification/plans/{id}/ledger.xlsx")
	ResponseEntity<byte[]> ledgerXlsx(@PathVariable UUID id, CurrentOfficer officer, Locale locale) {
		TableDocument document = this.ledger.ledger(id, officer.jurisdiction(), locale);
		return Downloads.attachment(document.xlsx("ledger"), XLSX, "rectification-ledger.xlsx");
	}

	@GetMapping("/api/rectification/plans/{id}/ledger.pdf")
	ResponseEntity<byte[]> ledgerPdf(@PathVariable UUID id, CurrentOfficer officer, Locale locale) {
		TableDocument document = this.ledger.ledger(id, officer.jurisdiction(), locale);
		return Downloads.attachment(document.pdf(), "application/pdf", "rectification-ledger.pdf");
	}

	@GetMapping("/api/campaigns/{campaignId}/rectification/monthly.xlsx")
	ResponseEntity<byte[]> monthlyXlsx(@PathVariable UUID campaignId, @RequestParam YearMonth month,
			CurrentOfficer officer, Locale locale) {
		TableDocument document = this.ledger.monthly(campaignId, month, officer.jurisdiction(), locale);
		return Downloads.attachment(document.xlsx(month.toString()), XLSX, "rectification-" + month + ".xlsx");
	}

	@GetMapping("/api/campaigns/{campaignId}/rectification/monthly.pdf")
	ResponseEntity<byte[]> monthlyPdf(@PathVariable UUID campaignId, @RequestParam YearMonth month,
			CurrentOfficer officer, Locale locale) {
		TableDocument document = this.ledger.monthly(campaignId, month, officer.jurisdiction(), locale);
		return Downloads.attachment(document.pdf(), "application/pdf", "rectification-" + month + ".pdf");
	}

	record DateRequest(LocalDate date) {

	}

	record CloseOutRequest(String completion) {

	}

	record AcceptanceRequest(Boolean passed, Boolean onSite, String acceptingUnit, String findings) {

	}

	record ObjectionRequest(String content) {

	}

	record FindingsRequest(String findings) {

	}

	record ReviewRequest(Boolean upheld, String resolution) {

	}

	record LookbackRequest(Boolean rebound, String findings) {

	}

}
