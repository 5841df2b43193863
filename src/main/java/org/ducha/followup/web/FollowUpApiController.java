package org.ducha.followup.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.followup.FollowUpDesk;
import org.ducha.followup.FollowUpMethod;
import org.ducha.followup.FollowUpView;
import org.ducha.followup.Satisfaction;

@RestController
class FollowUpApiController {

	private final FollowUpDesk desk;

	FollowUpApiController(FollowUpDesk desk) {
		this.desk = desk;
	}

	@PostMapping("/api/cases/{id}/followups")
	@PreAuthorize("hasRole('FOLLOWUP_OFFICER')")
	ResponseEntity<FollowUpView> record(@PathVariable UUID id, @RequestBody FollowUpRequest request,
			CurrentOfficer officer) {
		FollowUpView recorded = this.desk.record(id, request.method(), request.outcome(), request.notes(), officer);
		return ResponseEntity.created(URI.create("/api/followups/" + recorded.id())).body(recorded);
	}

	@GetMapping("/api/followups")
	@PreAuthorize("hasAnyRole('FOLLOWUP_OFFICER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	List<FollowUpView> list(@RequestParam(required = false) UUID campaignId) {
		return (campaignId != null) ? this.desk.ofCampaign(campaignId) : this.desk.pending();
	}

	record FollowUpRequest(FollowUpMethod method, Satisfaction outcome, String notes) {

	}

}
