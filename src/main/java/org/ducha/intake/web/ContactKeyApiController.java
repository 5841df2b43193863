package org.ducha.intake.web;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.intake.ContactKeyRotation;

/**
 * Contact key rotation for administrators: which key seals now, how many contacts each
 * key holds, and the re-seal run. Shows counts and key ids only, never a contact.
 */
@RestController
class ContactKeyApiController {

	private final ContactKeyRotation rotation;

	ContactKeyApiController(ContactKeyRotation rotation) {
		this.rotation = rotation;
	}

	@GetMapping("/api/admin/contact-key")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The current contact key id and how many sealed contacts each key id holds")
	ContactKeyRotation.Report status() {
		return this.rotation.status();
	}

	@PostMapping("/api/admin/contact-key/reseal")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Re-seals every contact and sealed file under an older key with the current key, in batches; "
			+ "idempotent, resumable")
	ContactKeyRotation.Report reseal(@RequestParam(defaultValue = "500") int batchSize,
			@RequestParam(required = false) Integer maxBatches) {
		return this.rotation.reseal(batchSize, maxBatches);
	}

}
