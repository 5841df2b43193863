package org.ducha.similarity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints are grouped by site: the county and the reported object's normalised name,
 * whatever form the name is written in; a site named only by its place is keyed by the
 * place and the kind of site.
 */
class SiteKeyTests {

	@Test
	void groupsTheNameFormsOfOneSiteInOneCounty() {
		assertThat(key("鑫源洗煤厂", "141002")).isEqualTo("141002|鑫源");
		assertThat(key("临汾市鑫源煤业有限公司洗煤厂", "141002")).isEqualTo("141002|鑫源");
		assertThat(key("尧都区鑫源洗煤有限公司", "141002")).isEqualTo("141002|鑫源");
		assertThat(key("臨汾市堯都區鑫源洗煤廠", "141002")).isEqualTo("141002|鑫源");
	}

	@Test
	void keepsTheSameNameInAnotherCountyApart() {
		assertThat(key("鑫源洗煤厂", "141021")).isNotEqualTo(key("鑫源洗煤厂", "141002"));
		assertThat(key("鑫源洗煤厂", null)).isEqualTo("000000|鑫源");
	}

	@Test
	void keysASiteNamedAfterItsVillageByPlaceAndKind() {
		String pigs = key("东关村养猪场", "141002");
		assertThat(pigs).isEqualTo(key("东关村的养猪场", "141002"));
		assertThat(pigs).isNotEqualTo(key("东关村砖厂", "141002"));
	}

	@Test
	void keysAnUnnamedSiteByItsMostSpecificPlace() {
		SiteKey key = SiteKey.of(document(null, "解放路23号", "141002", "楼下饭店油烟很大"));
		assertThat(key).isNotNull();
		assertThat(key.value()).startsWith("141002|n:解放#23|");
		assertThat(SiteKey.of(document(null, null, "141002", "有人晚上偷倒垃圾"))).isNull();
	}

	private static String key(String name, String region) {
		SiteKey key = SiteKey.of(document(name, null, region, "夜间排放黑烟"));
		return (key != null) ? key.value() : null;
	}

	private static ComplaintDocument document(String name, String address, String region, String description) {
		return new ComplaintDocument(UUID.randomUUID(), null, null, Instant.parse("2016-11-25T02:00:00Z"), region, name,
				address, null, description, Set.of("AIR"));
	}

}
