package org.ducha.regions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The division tree as loaded from the shipped files.
 */
class RegionDirectoryTests {

	static final RegionDirectory directory = RegionFixtures.DIRECTORY;

	@Test
	void loadsEveryProvinceCityCountyAndTownship() {
		Map<RegionLevel, Integer> counts = directory.counts();
		assertThat(counts.get(RegionLevel.PROVINCE)).isEqualTo(34);
		assertThat(counts.get(RegionLevel.CITY)).isEqualTo(333);
		assertThat(counts.get(RegionLevel.COUNTY)).isBetween(2800, 2900);
		assertThat(counts.get(RegionLevel.TOWNSHIP)).isGreaterThan(40_000);
	}

	@Test
	void findsADivisionByCodeWithItsPath() {
		Region yaodu = directory.find("141002").orElseThrow();
		assertThat(yaodu.name()).isEqualTo("尧都区");
		assertThat(yaodu.level()).isEqualTo(RegionLevel.COUNTY);
		assertThat(yaodu.parentCode()).isEqualTo("141000");
		assertThat(yaodu.path()).containsExactly("山西省", "临汾市", "尧都区");
		assertThat(directory.find("141002100").orElseThrow().fullName()).isEqualTo("山西省临汾市尧都区屯里镇");
	}

	@Test
	void findsNothingForAnUnknownOrMalformedCode() {
		assertThat(directory.find("999999")).isEmpty();
		assertThat(directory.find("abc")).isEmpty();
		assertThat(directory.find(null)).isEmpty();
		assertThat(directory.children("999999")).isEmpty();
	}

	@Test
	void hangsMunicipalityDistrictsDirectlyUnderTheMunicipality() {
		assertThat(directory.find("110105").orElseThrow().path()).containsExactly("北京市", "朝阳区");
		assertThat(directory.find("500229").orElseThrow().parentCode()).isEqualTo("500000");
		assertThat(directory.children("110000")).extracting(Region::level).containsOnly(RegionLevel.COUNTY);
		assertThat(directory.find("110100")).isEmpty();
	}

	@Test
	void hangsProvinceAdministeredCountiesUnderTheProvince() {
		assertThat(directory.find("419001").orElseThrow().path()).containsExactly("河南省", "济源市");
		assertThat(directory.find("429004").orElseThrow().parentCode()).isEqualTo("420000");
		assertThat(directory.find("419000")).isEmpty();
	}

	@Test
	void keepsTheTownshipsOfCitiesWithoutCountiesDirectlyUnderTheCity() {
		assertThat(directory.children("441900")).isNotEmpty()
			.extracting(Region::level)
			.containsOnly(RegionLevel.TOWNSHIP);
		assertThat(directory.children("620200")).extracting(Region::level).containsOnly(RegionLevel.TOWNSHIP);
		assertThat(directory.countyOf("441900003")).contains("441900");
		assertThat(directory.countyOf("441900")).contains("441900");
	}

	@Test
	void keepsNoStatisticalZoneAmongTheCounties() {
		for (Region province : directory.provinces()) {
			for (Region city : directory.children(province.code())) {
				assertThat(directory.children(city.code())).extracting(Region::code)
					.noneMatch((code) -> code.length() == 6 && code.charAt(4) == '7');
			}
		}
	}

	@Test
	void listsChildrenInCodeOrder() {
		List<Region> linfen = directory.children("141000");
		assertThat(linfen).extracting(Region::code).isSorted().contains("141002", "141024", "141081");
		assertThat(directory.provinces()).hasSize(34).first().extracting(Region::name).isEqualTo("北京市");
	}

	@Test
	void placesATownshipInItsCountyAndACityAboveCountyLevel() {
		assertThat(directory.countyOf("141002100")).contains("141002");
		assertThat(directory.countyOf("141002")).contains("141002");
		assertThat(directory.countyOf("141000")).isEmpty();
		assertThat(directory.countyOf("140000")).isEmpty();
	}

	@Test
	void followsAFormerCodeToItsSuccessor() {
		assertThat(directory.find("370125")).isEmpty();
		assertThat(directory.findCurrent("370125")).map(Region::name).contains("济阳区");
		assertThat(directory.findCurrent("110103")).map(Region::code).contains("110101");
		assertThat(directory.findCurrent("141002")).map(Region::code).contains("141002");
	}

	@Test
	void loadsAliasesThatAllNameCurrentDivisions() {
		assertThat(directory.aliases()).hasSizeGreaterThan(100)
			.extracting(Alias::code)
			.allMatch((code) -> directory.find(code).isPresent());
		assertThat(directory.aliases()).filteredOn((alias) -> alias.kind() == Alias.Kind.FORMER).hasSizeGreaterThan(30);
	}

	@Test
	void rejectsAnAliasForAnUnknownDivision() {
		List<RegionData.Row> rows = List.of(new RegionData.Row("140000", "山西省", RegionLevel.PROVINCE, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new RegionDirectory(rows, List.of(new Alias("某县", "149999", Alias.Kind.FORMER, null, "test"))));
	}

	@Test
	void rejectsADivisionWhoseParentIsMissing() {
		List<RegionData.Row> rows = List.of(new RegionData.Row("141002", "尧都区", RegionLevel.COUNTY, "141000"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RegionDirectory(rows, List.of()));
	}

}
