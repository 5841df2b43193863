package org.ducha.similarity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Normalisation of reported-object names and addresses ({@link SiteNames},
 * {@link Places}, {@link ChineseText}).
 */
class SimilarSiteNamesTests {

	@Test
	void reducesTheLegalNameTheShortNameAndACountyPrefixedNameToTheSameCore() {
		assertThat(List.of("尧都区鑫源砖厂", "鑫源砖厂", "临汾鑫源建材有限公司", "山西鑫源砖瓦有限责任公司"))
			.extracting((name) -> SiteNames.parse(name).core())
			.containsOnly("鑫源");
	}

	@Test
	void foldsFullWidthFormsAndTraditionalCharacters() {
		assertThat(ChineseText.fold("臨汾市堯都區　ＡＢＣ１２３號")).isEqualTo("临汾市尧都区abc123号");
		assertThat(SiteNames.parse("臨汾市堯都區鑫源磚廠").core()).isEqualTo("鑫源");
	}

	@Test
	void readsTheKindOfSiteFromTheName() {
		assertThat(SiteNames.parse("鑫源砖瓦有限公司").kind()).isEqualTo(SiteKind.BRICKS);
		assertThat(SiteNames.parse("王记烧烤店").kind()).isEqualTo(SiteKind.CATERING);
		assertThat(SiteNames.parse("恒泰化工有限公司").kind()).isEqualTo(SiteKind.CHEMICALS);
	}

	@Test
	void keepsATradeNameThatIsAlsoAPlaceName() {
		assertThat(SiteNames.parse("龙口市海丰水产养殖有限公司").core()).isEqualTo("海丰");
		assertThat(SiteNames.parse("北海化工").core()).isEqualTo("北海");
	}

	@Test
	void neverCutsATradeNameDownToOneCharacter() {
		assertThat(SiteNames.parse("湘乡市湘钢配套耐火材料有限公司").core()).isEqualTo("湘钢");
	}

	@Test
	void namesASiteWithoutATradeNameAfterItsVillage() {
		SiteName name = SiteNames.parse("襄汾县邓庄镇刘家庄村养猪场");

		assertThat(name.core()).isEqualTo("刘家庄");
		assertThat(name.placeCore()).isTrue();
		assertThat(name.kind()).isEqualTo(SiteKind.LIVESTOCK);
	}

	@Test
	void leavesNoCoreWhenTheNameOnlySaysWhatKindOfSiteItIs() {
		assertThat(SiteNames.parse("某化工厂")).satisfies((name) -> {
			assertThat(name.core()).isEmpty();
			assertThat(name.kind()).isEqualTo(SiteKind.CHEMICALS);
		});
		assertThat(SiteNames.parse("解放路23号饭店")).satisfies((name) -> {
			assertThat(name.core()).isEmpty();
			assertThat(name.places()).contains("n:解放#23");
		});
	}

	@Test
	void keepsAFormerNameInBracketsAsAnAlias() {
		assertThat(SiteNames.parseWithAliases("鑫源砖厂（原鑫达砖厂）")).extracting(SiteName::core).containsExactly("鑫源", "鑫达");
	}

	@Test
	void splitsALocationWrittenBeforeTheSite() {
		SiteName name = SiteNames.parse("东关村北边的养猪场");

		assertThat(name.core()).isEmpty();
		assertThat(name.places()).containsExactly("v:东关");
		assertThat(SiteNames.parse("长沙县星沙街道某混凝土搅拌站").places()).contains("t:星沙");
	}

	@Test
	void findsASiteNamedInTheDescription() {
		assertThat(SiteNames.mentioned(ChineseText.fold("来电人反映尧都区鑫源砖厂夜间生产，粉尘很大"))).extracting(SiteName::core)
			.containsExactly("鑫源");
	}

	@Test
	void readsVillagesGroupsRoadsAndHouseNumbersAsComparableTokens() {
		assertThat(Places.of("尧都区魏村镇东王村三组")).containsExactly("t:魏村", "v:东王", "g:东王#3");
		assertThat(Places.of("解放路23号院")).containsExactly("r:解放", "n:解放#23");
		assertThat(Places.of("锦绣花园小区3号楼")).containsExactly("c:锦绣", "n:锦绣#3");
	}

	@Test
	void keepsCountyNamesOutOfThePlaceTokens() {
		assertThat(Places.of("运城市盐湖区解州镇")).containsExactly("t:解州");
		assertThat(Places.of("宁乡市双江口镇")).containsExactly("t:双江口");
	}

	@Test
	void readsAShortNameBeforeAUnitAsPartOfTheNextOne() {
		assertThat(Places.of("柳巷北路")).containsExactly("r:柳巷北");
		assertThat(Places.of("芝罘区南大街168号")).containsExactly("r:南", "n:南#168");
	}

	@Test
	void readsAVillageJoinedToItsTownAsAVillage() {
		assertThat(Places.of("南街村")).containsExactly("v:南街");
		assertThat(Places.of("王庄村")).containsExactly("v:王庄");
		assertThat(Places.of("泽州县巴公镇工业园")).containsExactly("t:巴公", "z:巴公镇");
	}

}
