package org.ducha.similarity;

import java.util.Set;

/**
 * A reported object's name reduced to what identifies the site.
 *
 * @param core the trade name without place, kind and legal form (尧都区鑫源砖厂 → 鑫源); empty
 * when the name says only what kind of site it is (某化工厂)
 * @param placeCore whether the core is only the name of a village or compound the site is
 * named after (东关村养猪场 → 东关)
 * @param kind the kind of site the name states, or {@code null}
 * @param places place tokens found in the name (东关村养猪场 → {@code v:东关})
 */
record SiteName(String core, boolean placeCore, SiteKind kind, Set<String> places) {

	static final SiteName NONE = new SiteName("", false, null, Set.of());

	boolean hasCore() {
		return !this.core.isEmpty();
	}

}
