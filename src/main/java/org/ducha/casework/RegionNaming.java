package org.ducha.casework;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.ducha.regions.Region;
import org.ducha.regions.Regions;
import org.ducha.regions.ResponsibleUnits;

/**
 * Names regions, their governments and lead departments for cases and documents: 141002 →
 * 尧都区, 尧都区人民政府, and for 油烟 尧都区城市管理局.
 */
@Component
class RegionNaming {

	private final Regions regions;

	private final ResponsibleUnits units;

	RegionNaming(Regions regions, ResponsibleUnits units) {
		this.regions = regions;
		this.units = units;
	}

	String nameOf(String regionCode) {
		return this.regions.find(regionCode).map(Region::name).orElse(regionCode);
	}

	String governmentOf(String regionCode) {
		return this.units.governmentOf(regionCode);
	}

	Optional<String> leadDepartment(String regionCode, String subType, java.util.Map<String, String> campaignRouting) {
		return this.units.leadDepartment(regionCode, subType, campaignRouting);
	}

}
