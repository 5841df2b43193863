package org.ducha.audit.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.audit.AuditTrail;
import org.ducha.audit.Verification;

/**
 * The audit trail for administrators and team leaders: the latest entries and a check of
 * the whole chain.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/audit")
	List<AuditTrail.Entry> latest(@RequestParam(required = false) String subjectId,
			@RequestParam(defaultValue = "100") int limit) {
		return this.trail.latest(subjectId, limit);
	}

	@GetMapping("/api/audit/verify")
	Verification verify() {
		return this.trail.verify();
	}

}
