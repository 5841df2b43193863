package org.ducha.similarity;

import java.util.List;

/**
 * Which site (被举报点位) a complaint is about, as a stable key for grouping complaints across
 * campaigns: the county and the reported object's normalised core name
 * ({@link SiteNames}: 鑫源洗煤厂 and 临汾市鑫源煤业有限公司洗煤厂 are both 鑫源). A site named only after its
 * village or compound (东关村养猪场), or not named at all, is keyed by its most specific place
 * token ({@link Places}: house number, village group, compound, village) and the family
 * of its kind, so a pig farm and a brick kiln in one village stay apart. Complaints with
 * neither a name nor a specific place belong to no site.
 *
 * @param value the key, e.g. {@code 141002|鑫源} or {@code 141002|v:东关|FARMING}
 * @param regionCode the county, or {@code null}
 */
record SiteKey(String value, String regionCode) {

	private static final String NO_COUNTY = "000000";

	/** Place token types specific enough to identify a site, most specific first. */
	private static final List<String> SPECIFIC_PLACES = List.of(Places.NUMBER, Places.GROUP, Places.COMMUNITY,
			Places.VILLAGE);

	/**
	 * The site of a complaint, or {@code null} when it names none.
	 */
	static SiteKey of(ComplaintDocument complaint) {
		SiteProfile profile = SiteProfile.of(complaint);
		String county = (profile.region() != null) ? profile.region() : NO_COUNTY;
		if (profile.nameSource() == SiteProfile.NameSource.NAME) {
			return new SiteKey(county + "|" + profile.cores().get(0), profile.region());
		}
		String family = (profile.kind() != null) ? profile.kind().family().name() : "-";
		for (String type : SPECIFIC_PLACES) {
			String place = profile.places()
				.stream()
				.filter((token) -> token.startsWith(type + ":"))
				.sorted()
				.findFirst()
				.orElse(null);
			if (place != null) {
				return new SiteKey(county + "|" + place + "|" + family, profile.region());
			}
		}
		return null;
	}

}
