package org.ducha.audit.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.audit.AuditTrail;
import org.ducha.audit.Verification;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

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

	/** The head of the chain, to print or send out daily. */
	@GetMapping("/api/audit/anchor")
	AuditTrail.Anchor anchor() {
		return this.trail.anchor();
	}

	/** Checks a previously published anchor against the chain. */
	@PostMapping("/api/audit/verify")
	AuditTrail.AnchorCheck verifyAnchor(@RequestBody AnchorRequest anchor) {
		if (anchor == null || anchor.seq() == null || anchor.seq() < 1) {
			throw new RuleViolationException(new FieldViolation("seq", "field.required"));
		}
		if (anchor.hash() == null || !anchor.hash().strip().matches("[0-9a-fA-F]{64}")) {
			throw new RuleViolationException(new FieldViolation("hash", "audit.anchor.hash.invalid"));
		}
		return this.trail.checkAnchor(anchor.seq(), anchor.hash());
	}

	/**
	 * A published anchor.
	 *
	 * @param seq the entry number
	 * @param hash its SHA-256 hash, hex
	 */
	record AnchorRequest(Long seq, String hash) {

	}

}
