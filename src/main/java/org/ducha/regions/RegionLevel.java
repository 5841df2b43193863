package org.ducha.regions;

/**
 * The four levels of the division tree Ducha keeps.
 */
public enum RegionLevel {

	/** 省级: province, autonomous region, municipality (北京市) or SAR. */
	PROVINCE,

	/**
	 * 地级: prefecture-level city, prefecture (地区), autonomous prefecture (自治州), league
	 * (盟).
	 */
	CITY,

	/** 县级: district (市辖区), county, county-level city, banner (旗). */
	COUNTY,

	/** 乡级: town (镇), township (乡), street (街道), sumu (苏木), with a nine-digit NBS code. */
	TOWNSHIP

}
