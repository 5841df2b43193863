package org.ducha.interop.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.interop.ApiKeyView;
import org.ducha.interop.Open311Keys;

@RestController
@Tag(name = "Open311 keys", description = "API keys of Open311 clients (administrators)")
class Open311KeyApiController {

	private final Open311Keys keys;

	Open311KeyApiController(Open311Keys keys) {
		this.keys = keys;
	}

	@PostMapping("/api/open311/keys")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Issue an API key",
			description = "The key is in the answer once; only its SHA-256 is stored. Bound to one campaign.")
	ResponseEntity<Open311Keys.IssuedKey> issue(@RequestBody KeyRequest request, CurrentOfficer officer) {
		Open311Keys.IssuedKey issued = this.keys.issue(request.campaignId(), request.sourceName(),
				Boolean.TRUE.equals(request.tokenResponses()), officer.username());
		return ResponseEntity.created(URI.create("/api/open311/keys/" + issued.key().id())).body(issued);
	}

	@GetMapping("/api/open311/keys")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The API keys of a campaign", description = "Never the keys themselves, only prefixes.")
	List<ApiKeyView> list(@RequestParam UUID campaignId) {
		return this.keys.of(campaignId);
	}

	@DeleteMapping("/api/open311/keys/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Revoke an API key", description = "Requests it filed stay.")
	ApiKeyView revoke(@PathVariable UUID id) {
		return this.keys.revoke(id);
	}

	/**
	 * A key to issue.
	 *
	 * @param campaignId the campaign its requests go to
	 * @param sourceName the client, e.g. 随手拍
	 * @param tokenResponses answer POSTs with a token instead of the id
	 */
	record KeyRequest(UUID campaignId, String sourceName, Boolean tokenResponses) {

	}

}
