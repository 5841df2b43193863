package org.ducha.accounts;

import java.util.List;
import java.util.Set;

import org.ducha.shared.RegionCode;

/**
 * 管辖范围: which regions' records an officer may see. Team staff see everything; a local
 * handler sees only the regions it is scoped to (a city code covers its counties).
 * Queries apply it in SQL, not only the pages.
 *
 * @param unrestricted whether every region is visible
 * @param regions the regions visible when restricted
 */
public record Jurisdiction(boolean unrestricted, Set<RegionCode> regions) {

	public Jurisdiction {
		regions = Set.copyOf(regions);
	}

	public static Jurisdiction everywhere() {
		return new Jurisdiction(true, Set.of());
	}

	public static Jurisdiction of(Set<RegionCode> regions) {
		return new Jurisdiction(false, regions);
	}

	public boolean covers(String regionCode) {
		if (this.unrestricted) {
			return true;
		}
		if (!RegionCode.isValid(regionCode)) {
			return false;
		}
		RegionCode code = new RegionCode(regionCode);
		return this.regions.stream().anyMatch((region) -> region.contains(code));
	}

	/**
	 * The code prefixes for a {@code LIKE 'prefix%'} filter (index friendly), empty when
	 * unrestricted.
	 * @return the prefixes, sorted
	 */
	public List<String> prefixes() {
		return this.regions.stream().map(RegionCode::prefix).sorted().toList();
	}

}
