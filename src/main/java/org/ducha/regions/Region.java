package org.ducha.regions;

import java.util.List;

/**
 * One administrative division.
 *
 * @param code six-digit GB/T 2260 code, or the nine-digit NBS code of a township
 * @param name the official name, e.g. {@code 尧都区}
 * @param level its level
 * @param parentCode the code of the division above it, {@code null} for a province;
 * counties of a municipality (北京市) or directly under a province (济源市) hang under the
 * province
 * @param path the names from the province down to this division
 */
public record Region(String code, String name, RegionLevel level, String parentCode, List<String> path) {

	public Region {
		path = List.copyOf(path);
	}

	/**
	 * The path as one string, e.g. {@code 山西省临汾市尧都区}.
	 * @return the joined names
	 */
	public String fullName() {
		return String.join("", this.path);
	}

}
