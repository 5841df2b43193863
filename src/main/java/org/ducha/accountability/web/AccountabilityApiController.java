package org.ducha.accountability.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accountability.AccountabilityDraft;
import org.ducha.accountability.AccountabilityForm;
import org.ducha.accountability.AccountabilityRegister;
import org.ducha.accountability.AccountabilityView;
import org.ducha.accounts.CurrentOfficer;

@RestController
class AccountabilityApiController {

	private final AccountabilityRegister register;

	AccountabilityApiController(AccountabilityRegister register) {
		this.register = register;
	}

	@PostMapping("/api/accountability")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	ResponseEntity<AccountabilityView> record(@RequestBody AccountabilityDraft draft, CurrentOfficer officer) {
		AccountabilityView recorded = this.register.record(draft, officer.username());
		return ResponseEntity.created(URI.create("/api/accountability/" + recorded.id())).body(recorded);
	}

	@GetMapping("/api/accountability")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	List<AccountabilityView> list(@RequestParam UUID campaignId) {
		return this.register.ofCampaign(campaignId);
	}

	@GetMapping("/api/accountability/totals")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	Map<AccountabilityForm, Long> totals(@RequestParam UUID campaignId) {
		return this.register.totals(campaignId);
	}

	@PostMapping("/api/accountability/{id}/follow-up")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	AccountabilityView followUp(@PathVariable UUID id, @RequestBody FollowUpRequest request) {
		return this.register.followUp(id, request.followUp(), Boolean.TRUE.equals(request.fulfilled()));
	}

	record FollowUpRequest(String followUp, Boolean fulfilled) {

	}

}
