package org.ducha.disclosure.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.disclosure.PublicTypicalCase;
import org.ducha.disclosure.TypicalCaseDesk;
import org.ducha.disclosure.TypicalCaseDraft;
import org.ducha.disclosure.TypicalCaseView;

/**
 * 典型案例 (API): the team writes, a team leader publishes and withdraws, the public reads.
 */
@RestController
class TypicalCaseApiController {

	private final TypicalCaseDesk desk;

	private final CampaignRegistry campaigns;

	TypicalCaseApiController(TypicalCaseDesk desk, CampaignRegistry campaigns) {
		this.desk = desk;
		this.campaigns = campaigns;
	}

	@GetMapping("/api/campaigns/{campaignId}/typical-cases")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	List<TypicalCaseView> all(@PathVariable UUID campaignId) {
		return this.desk.all(campaignId);
	}

	@PostMapping("/api/campaigns/{campaignId}/typical-cases")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	@ResponseStatus(HttpStatus.CREATED)
	TypicalCaseView write(@PathVariable UUID campaignId, @RequestBody TypicalCaseDraft draft, CurrentOfficer officer) {
		return this.desk.write(campaignId, draft, officer);
	}

	@PutMapping("/api/typical-cases/{id}")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	TypicalCaseView revise(@PathVariable UUID id, @RequestBody TypicalCaseDraft draft, CurrentOfficer officer) {
		return this.desk.revise(id, draft, officer);
	}

	@PostMapping("/api/typical-cases/{id}/publish")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	TypicalCaseView publish(@PathVariable UUID id, CurrentOfficer officer) {
		return this.desk.publish(id, officer);
	}

	@PostMapping("/api/typical-cases/{id}/withdraw")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	TypicalCaseView withdraw(@PathVariable UUID id, CurrentOfficer officer) {
		return this.desk.withdraw(id, officer);
	}

	@GetMapping("/public/api/campaigns/{campaignId}/typical-cases")
	List<PublicTypicalCase> published(@PathVariable UUID campaignId) {
		return this.desk.published(campaignId);
	}

}
