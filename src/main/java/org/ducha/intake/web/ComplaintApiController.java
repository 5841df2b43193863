package org.ducha.intake.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ComplaintSummary;
import org.ducha.intake.ComplaintView;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;
import org.ducha.intake.contact.ComplainantContact;
import org.ducha.intake.contact.ContactVault;
import org.ducha.intake.contact.RevealRecord;

@RestController
class ComplaintApiController {

	private final ComplaintIntake intake;

	private final ComplaintQueries queries;

	private final ContactVault contacts;

	ComplaintApiController(ComplaintIntake intake, ComplaintQueries queries, ContactVault contacts) {
		this.intake = intake;
		this.queries = queries;
		this.contacts = contacts;
	}

	@PostMapping("/api/campaigns/{campaignId}/complaints")
	@PreAuthorize("hasRole('INTAKE_CLERK')")
	ResponseEntity<ComplaintView> register(@PathVariable UUID campaignId,
			@RequestBody ComplaintRegistration registration,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, CurrentOfficer officer) {
		ComplaintIntake.Registered registered = this.intake.register(campaignId, registration, officer.username(),
				idempotencyKey);
		return ResponseEntity.created(URI.create("/api/complaints/" + registered.complaint().id()))
			.header("Idempotent-Replayed", String.valueOf(registered.replayed()))
			.body(registered.complaint());
	}

	@GetMapping("/api/complaints/{id}")
	ComplaintView one(@PathVariable UUID id, CurrentOfficer officer) {
		return this.queries.get(id, officer.jurisdiction());
	}

	@GetMapping("/api/complaints")
	PageResponse<ComplaintSummary> search(@RequestParam(required = false) UUID campaignId,
			@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) ProblemType problemType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) String receiptNumber,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			CurrentOfficer officer) {
		ComplaintFilter filter = new ComplaintFilter(campaignId, status, channel, problemType, from, to, regionCode,
				receiptNumber);
		return PageResponse.of(this.queries.search(filter, officer.jurisdiction(), page, size));
	}

	@PostMapping("/api/complaints/{id}/screening")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
	ComplaintView screen(@PathVariable UUID id, @RequestBody ScreeningRequest request, CurrentOfficer officer) {
		return this.intake.screen(id, request.decision(), request.reason(), request.receivingBody(), officer);
	}

	@PostMapping("/api/complaints/{id}/region")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
	ComplaintView assignRegion(@PathVariable UUID id, @RequestBody RegionRequest request, CurrentOfficer officer) {
		return this.intake.assignRegion(id, request.regionCode(), request.reason(), officer);
	}

	@GetMapping("/api/campaigns/{campaignId}/routing-preview")
	ComplaintIntake.RoutingPreview preview(@PathVariable UUID campaignId, @RequestParam(required = false) String text) {
		return this.intake.preview(campaignId, text);
	}

	@PostMapping("/api/complaints/{id}/contact-reveals")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'FOLLOWUP_OFFICER')")
	RevealedContact reveal(@PathVariable UUID id, @RequestBody RevealRequest request, CurrentOfficer officer) {
		this.queries.get(id, officer.jurisdiction());
		ComplainantContact contact = this.contacts.reveal(id, request.reason(), officer);
		return new RevealedContact(id, contact.name(), contact.phone(), contact.address());
	}

	@GetMapping("/api/complaints/{id}/contact-reveals")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'FOLLOWUP_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	List<RevealRecord> reveals(@PathVariable UUID id, CurrentOfficer officer) {
		this.queries.get(id, officer.jurisdiction());
		return this.contacts.revealsOf(id);
	}

	@GetMapping("/api/campaigns/{campaignId}/hand-overs")
	List<HandOverGroup> handOvers(@PathVariable UUID campaignId, CurrentOfficer officer) {
		return this.queries.handOvers(campaignId, officer.jurisdiction())
			.entrySet()
			.stream()
			.map((group) -> new HandOverGroup(group.getKey(), group.getValue().size(), group.getValue()))
			.toList();
	}

	record HandOverGroup(String receivingBody, int count, List<ComplaintSummary> complaints) {

	}

	record ScreeningRequest(ScreeningDecision decision, String reason, String receivingBody) {

	}

	record RegionRequest(String regionCode, String reason) {

	}

	record RevealRequest(String reason) {

	}

	record RevealedContact(UUID complaintId, String name, String phone, String address) {

		@Override
		public String toString() {
			return "RevealedContact[sealed]";
		}

	}

	record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageResponse<T> of(Page<T> page) {
			return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

}
