package org.ducha.rectification.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.rectification.PublicNotice;
import org.ducha.rectification.RectificationQueries;
import org.ducha.rectification.RectificationTracking;

/**
 * The public JSON API of the close-out notices: what is in notice, and anonymous
 * objections (rate-limited like complaint filings).
 */
@RestController
class PublicNoticeApiController {

	private final RectificationQueries queries;

	private final RectificationTracking tracking;

	PublicNoticeApiController(RectificationQueries queries, RectificationTracking tracking) {
		this.queries = queries;
		this.tracking = tracking;
	}

	@GetMapping("/public/api/rectification/notices")
	List<PublicNotice> noticesApi(@RequestParam(required = false) UUID campaignId) {
		return this.queries.publicNotices(campaignId);
	}

	@PostMapping("/public/api/rectification/tasks/{taskId}/objections")
	ResponseEntity<Map<String, Object>> objectApi(@PathVariable UUID taskId, @RequestBody ObjectionRequest request) {
		this.tracking.lodgePublicObjection(taskId, request.content());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("lodged", true));
	}

	record ObjectionRequest(String content) {

	}

}
