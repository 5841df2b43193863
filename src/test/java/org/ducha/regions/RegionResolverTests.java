package org.ducha.regions;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Free text to division, without Spring.
 */
class RegionResolverTests {

	static final RegionResolver resolver = RegionFixtures.RESOLVER;

	static final RegionDirectory directory = RegionFixtures.DIRECTORY;

	static Resolution resolve(String text) {
		return resolver.resolve(text);
	}

	static String county(Resolution resolution) {
		return (resolution.code() == null) ? null : directory.countyOf(resolution.code()).orElse(null);
	}

	@Test
	void resolvesAFullAddressToTheTownshipAndItsCounty() {
		Resolution resolution = resolve("山西省临汾市尧都区屯里镇");
		assertThat(resolution.code()).isEqualTo("141002100");
		assertThat(resolution.level()).isEqualTo(RegionLevel.TOWNSHIP);
		assertThat(county(resolution)).isEqualTo("141002");
		assertThat(resolution.isResolved()).isTrue();
		assertThat(resolution.matched()).isEqualTo("山西省临汾市尧都区屯里镇");
		assertThat(resolution.confidence()).isGreaterThan(0.95);
	}

	@Test
	void resolvesPartialPaths() {
		assertThat(resolve("临汾市尧都区").code()).isEqualTo("141002");
		assertThat(county(resolve("尧都区屯里镇"))).isEqualTo("141002");
		assertThat(resolve("山西省洪洞县").code()).isEqualTo("141024");
		assertThat(resolve("山西临汾").code()).isEqualTo("141000");
	}

	@Test
	void resolvesShortNamesWithoutTheirSuffix() {
		assertThat(resolve("尧都").code()).isEqualTo("141002");
		assertThat(resolve("临汾尧都").code()).isEqualTo("141002");
		assertThat(county(resolve("尧都屯里"))).isEqualTo("141002");
		assertThat(resolve("襄汾").code()).isEqualTo("141023");
		assertThat(resolve("内蒙古呼和浩特").code()).isEqualTo("150100");
	}

	@Test
	void resolvesCountyLevelCities() {
		assertThat(resolve("侯马市").code()).isEqualTo("141081");
		assertThat(resolve("侯马").code()).isEqualTo("141081");
		assertThat(resolve("江苏省宜兴市").code()).isEqualTo("320282");
	}

	@Test
	void reportsASameNameDistrictAsAmbiguousInsteadOfGuessing() {
		Resolution resolution = resolve("鼓楼区");
		assertThat(resolution.code()).isNull();
		assertThat(resolution.ambiguous()).isTrue();
		assertThat(resolution.matched()).isEqualTo("鼓楼区");
		assertThat(resolution.alternatives()).extracting(Resolution.Alternative::code)
			.containsExactlyInAnyOrder("320106", "320302", "350102", "410204");
	}

	@Test
	void answersWithTheSharedDivisionWhenTheCandidatesShareOne() {
		Resolution resolution = resolve("尧都区与洪洞县交界处一家砖厂");
		assertThat(resolution.ambiguous()).isTrue();
		assertThat(resolution.code()).isEqualTo("141000");
		assertThat(resolution.isResolved()).isFalse();
		assertThat(resolution.alternatives()).extracting(Resolution.Alternative::code).contains("141002", "141024");
	}

	@Test
	void letsTheContextDecideBetweenSameNameDistricts() {
		assertThat(resolver.resolve("鼓楼区", "350100").code()).isEqualTo("350102");
		assertThat(county(resolver.resolve("鼓楼区", "320000"))).isNull();
		assertThat(resolver.resolve("鼓楼区", "320000").code()).isEqualTo("320000");
		assertThat(resolver.resolve("朝阳区", "110000").code()).isEqualTo("110105");
		assertThat(resolver.resolve("屯里镇", "141002").code()).isEqualTo("141002100");
	}

	@Test
	void staysAmbiguousWhenTheContextHoldsEveryCandidate() {
		Resolution resolution = resolver.resolve("屯里镇某村有人焚烧垃圾", "141000");
		assertThat(county(resolution)).isNull();
		assertThat(resolution.alternatives()).extracting(Resolution.Alternative::code)
			.contains("141002100", "141028101");
	}

	@Test
	void letsAMatchedAncestorDecideBetweenSameNameDistricts() {
		assertThat(resolve("南京鼓楼区").code()).isEqualTo("320106");
		assertThat(resolve("福州市鼓楼区").code()).isEqualTo("350102");
		assertThat(resolve("北京朝阳").code()).isEqualTo("110105");
		assertThat(resolve("济南市中区").code()).isEqualTo("370103");
	}

	@Test
	void resolvesFormerNamesToTheCurrentDivision() {
		assertThat(resolve("济阳县").code()).isEqualTo("370115");
		assertThat(resolve("北京市崇文区").code()).isEqualTo("110101");
		assertThat(resolve("重庆市开县").code()).isEqualTo("500154");
		assertThat(resolve("南京下关区").code()).isEqualTo("320106");
	}

	@Test
	void resolvesZonesToTheDivisionThatGovernsThem() {
		assertThat(county(resolve("临汾经济开发区"))).isEqualTo("141002");
		assertThat(resolve("苏州工业园区").code()).isEqualTo("320500");
		assertThat(county(resolve("天津经济技术开发区"))).isEqualTo("120116");
	}

	@Test
	void resolvesColloquialShortForms() {
		assertThat(resolve("阜蒙县").code()).isEqualTo("210921");
		assertThat(resolve("阜新县").code()).isEqualTo("210921");
		assertThat(resolve("恩施州").code()).isEqualTo("422800");
		assertThat(resolve("鄂温克旗").code()).isEqualTo("150724");
		assertThat(resolve("内蒙呼市").code()).isEqualTo("150100");
	}

	@Test
	void resolvesATownshipThatNamesItsCounty() {
		assertThat(county(resolve("大槐树镇"))).isEqualTo("141024");
		assertThat(county(resolve("虎门镇"))).isEqualTo("441900");
		assertThat(county(resolver.resolve("大阳镇", "141000"))).isEqualTo("141002");
		assertThat(county(resolve("大阳镇"))).isNull();
	}

	@Test
	void resolvesMunicipalityDistrictsAndProvinceAdministeredCounties() {
		assertThat(resolve("北京市海淀区").code()).isEqualTo("110108");
		assertThat(resolve("重庆市城口县").code()).isEqualTo("500229");
		assertThat(resolve("河南省济源市").code()).isEqualTo("419001");
		assertThat(resolve("湖北潜江").code()).isEqualTo("429005");
	}

	@Test
	void readsAShortNameAsTheHighestDivisionItNames() {
		assertThat(resolve("河南").code()).isEqualTo("410000");
		assertThat(resolve("吉林").code()).isEqualTo("220000");
		Resolution xian = resolve("西安");
		assertThat(xian.code()).isEqualTo("610100");
		assertThat(xian.alternatives()).extracting(Resolution.Alternative::code).contains("220403", "231005");
		assertThat(xian.confidence()).isLessThan(resolve("西安市").confidence());
	}

	@Test
	void ignoresShortNamesThatAreRoadNames() {
		assertThat(resolve("中山路上的一家饭店油烟直排").code()).isNull();
		assertThat(resolve("临汾市尧都区中山路某饭店").code()).isEqualTo("141002");
		assertThat(resolve("侯马市北京路一家KTV噪声扰民").code()).isEqualTo("141081");
	}

	@Test
	void ignoresEverydayWordsThatAreAlsoPlaceNames() {
		assertThat(resolve("公安机关已立案侦查").code()).isNull();
		assertThat(resolve("比如说这里的水资源被污染了").code()).isNull();
		assertThat(resolve("会同有关部门开展联合执法，延长整改期限").code()).isNull();
		assertThat(resolve("中华人民共和国环境保护法").code()).isNull();
		assertThat(resolve("公安县").code()).isEqualTo("421022");
	}

	@Test
	void countsAnEverydayWordNextToItsCity() {
		assertThat(resolve("阳泉市郊区荫营镇").code()).startsWith("140311");
		assertThat(county(resolve("晋城市城区"))).isEqualTo("140502");
	}

	@Test
	void findsTheDivisionInAWholeComplaint() {
		String complaint = "我们是临汾市尧都区的村民，村旁的一家焦化厂每天夜里排放黑烟，气味刺鼻，多次反映无人处理。";
		Resolution resolution = resolve(complaint);
		assertThat(resolution.code()).isEqualTo("141002");
		assertThat(resolution.matched()).isEqualTo("临汾市尧都区");
		assertThat(complaint.substring(resolution.start(), resolution.end())).isEqualTo(resolution.matched());
	}

	@Test
	void isSurerOfAFullPathThanOfAShortName() {
		assertThat(resolve("山西省临汾市尧都区").confidence()).isGreaterThan(resolve("尧都区").confidence());
		assertThat(resolve("尧都区").confidence()).isGreaterThan(resolve("尧都").confidence());
		assertThat(resolve("尧都").confidence()).isBetween(0.5, 0.95);
	}

	@Test
	void answersBadInputWithNothingAndNeverThrows() {
		assertThat(resolve(null)).isEqualTo(Resolution.none());
		assertThat(resolve("")).isEqualTo(Resolution.none());
		assertThat(resolve("   \t\n")).isEqualTo(Resolution.none());
		assertThat(resolve("hello world, Linfen Yaodu")).isEqualTo(Resolution.none());
		assertThat(resolve("\u0000\u0001\u001b[31m\u007f")).isEqualTo(Resolution.none());
		assertThat(resolve("12345678")).isEqualTo(Resolution.none());
		assertThat(resolver.resolve("尧都区", "not a code").code()).isEqualTo("141002");
		assertThat(Resolution.none().code()).isNull();
		assertThat(Resolution.none().alternatives()).isEmpty();
	}

	@Test
	void readsControlCharactersAsSeparators() {
		assertThat(resolve("临汾市\u0000尧都区\r\n").code()).isEqualTo("141002");
	}

	@Test
	void scansOnlyTheFirstTwoThousandCharacters() {
		String early = "某".repeat(RegionResolver.MAX_SCANNED_CHARS - 3) + "尧都区";
		String late = "某".repeat(RegionResolver.MAX_SCANNED_CHARS - 1) + "尧都区";
		assertThat(resolve(early).code()).isEqualTo("141002");
		assertThat(resolve(late).code()).isNull();
	}

	@Test
	void survivesAHundredKilobytesOfAnything() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder text = new StringBuilder(100_000);
		for (int i = 0; i < 100_000; i++) {
			text.append((char) random.nextInt(0x20, 0xFFFF));
		}
		assertThatNoException().isThrownBy(() -> resolve(text.toString()));
		String places = "临汾市尧都区鼓楼区城关镇朝阳北京路".repeat(6_000);
		assertThatNoException().isThrownBy(() -> resolve(places));
	}

}
