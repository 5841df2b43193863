package org.ducha.regions.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.regions.Region;
import org.ducha.regions.Regions;

/**
 * 行政区划 in the JSON API: resolve a text, look a division up, list a division's children.
 * Read-only; any signed-in officer may call it.
 */
@RestController
@RequestMapping("/api/regions")
class RegionApiController {

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/resolve")
	ResolutionResponse resolve(@RequestParam(required = false) String text,
			@RequestParam(required = false) String within) {
		return ResolutionResponse.of(this.regions.resolve(text, within));
	}

	@GetMapping("/{code}")
	RegionResponse one(@PathVariable String code) {
		return RegionResponse.of(this.regions.get(code));
	}

	@GetMapping
	List<RegionResponse> children(@RequestParam(required = false) String parent) {
		List<Region> children = (parent == null || parent.isBlank()) ? this.regions.provinces()
				: this.regions.children(parent);
		return children.stream().map(RegionResponse::of).toList();
	}

}
