package org.ducha.similarity.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.similarity.RepeatIndex;
import org.ducha.similarity.RepeatIndexStatus;

/**
 * The repeat-detection index (API): its state, and a rebuild from the database. Team
 * leaders and administrators.
 */
@RestController
@PreAuthorize("hasAnyRole('TEAM_LEADER', 'ADMIN')")
class RepeatIndexApiController {

	private final RepeatIndex index;

	RepeatIndexApiController(RepeatIndex index) {
		this.index = index;
	}

	@GetMapping("/api/similarity/index")
	RepeatIndexStatus status() {
		return this.index.status();
	}

	@PostMapping("/api/similarity/index/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	RepeatIndexStatus rebuild() {
		this.index.rebuild();
		return this.index.status();
	}

}
