package org.ducha.campaigns.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;

@RestController
@RequestMapping("/api/campaigns")
class CampaignApiController {

	private final CampaignRegistry campaigns;

	CampaignApiController(CampaignRegistry campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	ResponseEntity<CampaignResponse> open(@RequestBody CampaignRequest request, CurrentOfficer officer) {
		CampaignResponse campaign = CampaignResponse.of(this.campaigns.open(request.toDraft(), officer.username()));
		return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())).body(campaign);
	}

	@GetMapping
	List<CampaignResponse> all() {
		return this.campaigns.all().stream().map(CampaignResponse::of).toList();
	}

	@org.springframework.web.bind.annotation.PutMapping("/{id}/routing")
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	java.util.Map<String, String> setRouting(@PathVariable UUID id, @RequestBody RoutingRequest request) {
		return this.campaigns.setRouting(id, request.departments());
	}

	@GetMapping("/{id}/routing")
	java.util.Map<String, String> routing(@PathVariable UUID id) {
		this.campaigns.get(id);
		return this.campaigns.routingOf(id);
	}

	record RoutingRequest(java.util.Map<String, String> departments) {

	}

	@GetMapping("/{id}")
	CampaignResponse one(@PathVariable UUID id) {
		return CampaignResponse.of(this.campaigns.get(id));
	}

}
