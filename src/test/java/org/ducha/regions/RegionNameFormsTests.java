package org.ducha.regions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short forms people write instead of official names.
 */
class RegionNameFormsTests {

	@Test
	void dropsTheLevelSuffix() {
		assertThat(NameForms.shortForms("山西省", RegionLevel.PROVINCE)).containsExactly("山西");
		assertThat(NameForms.shortForms("临汾市", RegionLevel.CITY)).containsExactly("临汾");
		assertThat(NameForms.shortForms("尧都区", RegionLevel.COUNTY)).containsExactly("尧都");
		assertThat(NameForms.shortForms("屯里镇", RegionLevel.TOWNSHIP)).containsExactly("屯里");
		assertThat(NameForms.shortForms("解放路街道", RegionLevel.TOWNSHIP)).containsExactly("解放路");
		assertThat(NameForms.shortForms("大兴安岭地区", RegionLevel.CITY)).containsExactly("大兴安岭");
		assertThat(NameForms.shortForms("神农架林区", RegionLevel.COUNTY)).containsExactly("神农架");
	}

	@Test
	void dropsTheNationalitiesOfAutonomousUnitsAndOffersTheCommonForm() {
		assertThat(NameForms.shortForms("阜新蒙古族自治县", RegionLevel.COUNTY)).containsExactly("阜新", "阜新县");
		assertThat(NameForms.shortForms("恩施土家族苗族自治州", RegionLevel.CITY)).containsExactly("恩施", "恩施州");
		assertThat(NameForms.shortForms("巴音郭楞蒙古自治州", RegionLevel.CITY)).containsExactly("巴音郭楞", "巴音郭楞州");
		assertThat(NameForms.shortForms("新疆维吾尔自治区", RegionLevel.PROVINCE)).containsExactly("新疆");
		assertThat(NameForms.shortForms("双江拉祜族佤族布朗族傣族自治县", RegionLevel.COUNTY)).startsWith("双江");
		assertThat(NameForms.shortForms("红旗满族乡", RegionLevel.TOWNSHIP)).containsExactly("红旗");
	}

	@Test
	void keepsTheNationalityWhenItIsTheWholeName() {
		assertThat(NameForms.shortForms("鄂温克族自治旗", RegionLevel.COUNTY)).containsExactly("鄂温克", "鄂温克旗");
		assertThat(NameForms.shortForms("鄂伦春自治旗", RegionLevel.COUNTY)).containsExactly("鄂伦春", "鄂伦春旗");
	}

	@Test
	void makesNoOneCharacterShorts() {
		assertThat(NameForms.shortForms("沛县", RegionLevel.COUNTY)).isEmpty();
		assertThat(NameForms.shortForms("城区", RegionLevel.COUNTY)).isEmpty();
		assertThat(NameForms.shortForms("吉县", RegionLevel.COUNTY)).isEmpty();
	}

	@Test
	void makesNoShortOfABannerNamedByItsPosition() {
		assertThat(NameForms.shortForms("科尔沁左翼中旗", RegionLevel.COUNTY)).isEmpty();
		assertThat(NameForms.shortForms("杭锦旗", RegionLevel.COUNTY)).containsExactly("杭锦");
	}

	@Test
	void dropsParenthesisedRemarks() {
		assertThat(NameForms.clean("（工业园区）城南街道")).isEqualTo("城南街道");
		assertThat(NameForms.clean("屯里镇")).isEqualTo("屯里镇");
	}

	@Test
	void recognisesTownshipsWhoseNameSaysNothingOfWhereTheyAre() {
		assertThat(NameForms.isGenericTownship("经济开发区")).isTrue();
		assertThat(NameForms.isGenericTownship("良种场")).isTrue();
		assertThat(NameForms.isGenericTownship("临汾经济开发区")).isFalse();
		assertThat(NameForms.isGenericTownship("屯里镇")).isFalse();
	}

}
