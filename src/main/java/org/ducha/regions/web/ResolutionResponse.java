package org.ducha.regions.web;

import java.util.List;

import org.ducha.regions.RegionLevel;
import org.ducha.regions.Resolution;

/**
 * A resolved text in the API; {@code code} is {@code null} when the text names no single
 * division.
 */
record ResolutionResponse(String code, String name, RegionLevel level, double confidence, String matched, Integer start,
		Integer end, boolean ambiguous, List<Candidate> alternatives) {

	static ResolutionResponse of(Resolution resolution) {
		return new ResolutionResponse(resolution.code(), resolution.name(), resolution.level(), resolution.confidence(),
				resolution.matched(), (resolution.start() >= 0) ? resolution.start() : null,
				(resolution.end() >= 0) ? resolution.end() : null, resolution.ambiguous(),
				resolution.alternatives()
					.stream()
					.map((alternative) -> new Candidate(alternative.code(), alternative.name(), alternative.level(),
							alternative.confidence()))
					.toList());
	}

	record Candidate(String code, String name, RegionLevel level, double confidence) {

	}

}
