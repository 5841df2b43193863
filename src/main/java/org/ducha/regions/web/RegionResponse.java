package org.ducha.regions.web;

import java.util.List;

import org.ducha.regions.Region;
import org.ducha.regions.RegionLevel;

/**
 * A division in the API.
 */
record RegionResponse(String code, String name, RegionLevel level, String parentCode, List<String> path) {

	static RegionResponse of(Region region) {
		return new RegionResponse(region.code(), region.name(), region.level(), region.parentCode(), region.path());
	}

}
