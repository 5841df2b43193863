package org.ducha.casework;

import org.springframework.stereotype.Component;

/**
 * Names regions and their governments for documents. Until the regions module resolves
 * names, a region is shown by its code and its government as "{code} 人民政府".
 */
@Component
class RegionNaming {

	String nameOf(String regionCode) {
		return regionCode;
	}

	String governmentOf(String regionCode) {
		return regionCode + " 人民政府";
	}

}
