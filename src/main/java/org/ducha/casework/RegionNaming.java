package org.ducha.casework;

import org.springframework.stereotype.Component;

import org.ducha.regions.Region;
import org.ducha.regions.Regions;

/**
 * Names regions and their governments for documents: 141002 → 尧都区, 尧都区人民政府.
 */
@Component
class RegionNaming {

	private final Regions regions;

	RegionNaming(Regions regions) {
		this.regions = regions;
	}

	String nameOf(String regionCode) {
		return this.regions.find(regionCode).map(Region::name).orElse(regionCode);
	}

	String governmentOf(String regionCode) {
		return this.regions.find(regionCode).map((region) -> region.name() + "人民政府").orElse(regionCode);
	}

}
