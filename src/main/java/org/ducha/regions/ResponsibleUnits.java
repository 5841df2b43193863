package org.ducha.regions;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * 责任单位: who receives a transfer for a region (its people's government, e.g. 尧都区人民政府) and,
 * where the sub-type calls for it, which department should lead (e.g. restaurant fumes 油烟
 * → 城市管理局), from the configured routing table ({@code ducha.routing.departments}).
 */
@Service
public class ResponsibleUnits {

	private final Regions regions;

	private final Settings settings;

	ResponsibleUnits(Regions regions, Settings settings) {
		this.regions = regions;
		this.settings = settings;
	}

	/**
	 * The people's government of a region.
	 * @param regionCode the region
	 * @return e.g. 尧都区人民政府; the code itself when unknown
	 */
	public String governmentOf(String regionCode) {
		return this.regions.find(regionCode).map((region) -> region.name() + "人民政府").orElse(regionCode);
	}

	/**
	 * The department of the region that should lead on a sub-type, if the routing table
	 * names one.
	 * @param regionCode the region
	 * @param subType the complaint's sub-type, e.g. 油烟
	 * @return e.g. 尧都区城市管理局
	 */
	public Optional<String> leadDepartment(String regionCode, String subType) {
		return leadDepartment(regionCode, subType, Map.of());
	}

	/**
	 * The lead department, with a campaign's own routing taking precedence over the
	 * configured default.
	 * @param regionCode the region
	 * @param subType the complaint's sub-type
	 * @param campaignRouting the campaign's sub-type → department entries (may be empty)
	 * @return e.g. 尧都区城市管理局
	 */
	public Optional<String> leadDepartment(String regionCode, String subType, Map<String, String> campaignRouting) {
		if (subType == null) {
			return Optional.empty();
		}
		String department = campaignRouting.getOrDefault(subType, this.settings.departments().get(subType));
		if (department == null) {
			return Optional.empty();
		}
		return this.regions.find(regionCode).map((region) -> region.name() + department);
	}

	/**
	 * The routing table.
	 *
	 * @param departments sub-type → department name, e.g. 油烟 → 城市管理局
	 */
	@ConfigurationProperties("ducha.routing")
	record Settings(Map<String, String> departments) {

		Settings {
			departments = (departments == null) ? Map.of() : Map.copyOf(departments);
		}

	}

}
