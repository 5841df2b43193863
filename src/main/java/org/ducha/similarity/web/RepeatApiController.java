package org.ducha.similarity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.similarity.DecisionKind;
import org.ducha.similarity.Relation;
import org.ducha.similarity.RepeatDecisions;
import org.ducha.similarity.SiteHistory;
import org.ducha.similarity.SiteSummary;
import org.ducha.similarity.Sites;

/**
 * Decisions on similar complaints (合并 / 关联 / 不是重复, undone by a team leader) and repeat
 * sites (API).
 */
@RestController
@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
class RepeatApiController {

	private final RepeatDecisions decisions;

	private final Sites sites;

	RepeatApiController(RepeatDecisions decisions, Sites sites) {
		this.decisions = decisions;
		this.sites = sites;
	}

	@GetMapping("/api/complaints/{id}/relations")
	Relations relations(@PathVariable UUID id, CurrentOfficer officer) {
		return new Relations(id, this.decisions.relationsOf(id, officer));
	}

	@PostMapping("/api/complaints/{id}/merge")
	Relations merge(@PathVariable UUID id, @RequestBody MergeRequest request, CurrentOfficer officer) {
		return new Relations(id, this.decisions.merge(id, request.intoComplaintId(), officer));
	}

	@DeleteMapping("/api/complaints/{id}/merge")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	Relations undoMerge(@PathVariable UUID id, CurrentOfficer officer) {
		return new Relations(id, this.decisions.undoMerge(id, officer));
	}

	@PostMapping("/api/complaints/{id}/links")
	Relations link(@PathVariable UUID id, @RequestBody PairRequest request, CurrentOfficer officer) {
		return new Relations(id, this.decisions.link(id, request.complaintId(), officer));
	}

	@DeleteMapping("/api/complaints/{id}/links/{other}")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	Relations unlink(@PathVariable UUID id, @PathVariable UUID other, CurrentOfficer officer) {
		return new Relations(id, this.decisions.undo(DecisionKind.LINKED, id, other, officer));
	}

	@PostMapping("/api/complaints/{id}/distinct")
	Relations distinct(@PathVariable UUID id, @RequestBody PairRequest request, CurrentOfficer officer) {
		return new Relations(id, this.decisions.markDistinct(id, request.complaintId(), officer));
	}

	@DeleteMapping("/api/complaints/{id}/distinct/{other}")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	Relations undoDistinct(@PathVariable UUID id, @PathVariable UUID other, CurrentOfficer officer) {
		return new Relations(id, this.decisions.undo(DecisionKind.DISTINCT, id, other, officer));
	}

	@GetMapping("/api/sites")
	List<SiteSummary> sites(@RequestParam(defaultValue = "1") int minComplaints,
			@RequestParam(defaultValue = "200") int limit) {
		return this.sites.list(minComplaints, Math.clamp(limit, 1, 1000));
	}

	@GetMapping("/api/sites/{id}")
	SiteHistory site(@PathVariable UUID id) {
		return this.sites.history(id);
	}

	record MergeRequest(UUID intoComplaintId) {

	}

	record PairRequest(UUID complaintId) {

	}

	/**
	 * A complaint's standing decisions.
	 *
	 * @param complaintId the complaint
	 * @param relations what it was merged into, the repeats counted on it, its links and
	 * distinct pairs
	 */
	record Relations(UUID complaintId, List<Relation> relations) {

	}

}
