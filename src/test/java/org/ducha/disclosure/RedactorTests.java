package org.ducha.disclosure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * 脱敏 behaviour by behaviour. The corpus figures are in {@link RedactionCorpusTests}.
 */
class RedactorTests {

	static final Redactor redactor = new Redactor();

	static String redacted(String text) {
		return redactor.redact(text).text();
	}

	@Test
	void replacesWholeMobileNumbersInEverySpelling() {
		assertThat(redacted("电话13835712468，请回电。")).isEqualTo("电话***，请回电。");
		assertThat(redacted("联系方式：138 3571 2468")).isEqualTo("联系方式：***");
		assertThat(redacted("手机：186-3579-0021")).isEqualTo("手机：***");
		assertThat(redacted("请回复至+86 159 0357 1122。")).isEqualTo("请回复至***。");
		assertThat(redacted("来电号码+8613903571234")).isEqualTo("来电号码***");
		assertThat(redacted("号码１３９０３５７１２３４")).isEqualTo("号码***");
		assertThat(redacted("有事打一三八三五七一二四六八")).isEqualTo("有事打***");
	}

	@Test
	void replacesHalfMaskedMobileNumbersToo() {
		assertThat(redacted("号码为138****1234的来电人")).isEqualTo("号码为***的来电人");
	}

	@Test
	void replacesLandlinesWithOrWithoutAreaCode() {
		assertThat(redacted("座机0357-2069124，晚上有人。")).isEqualTo("座机***，晚上有人。");
		assertThat(redacted("座机号码：(0357)2069124")).isEqualTo("座机号码：***");
		assertThat(redacted("联系电话（0357）3021567转8012。")).isEqualTo("联系电话***。");
		assertThat(redacted("家里电话2069124，晚上打。")).isEqualTo("家里电话***，晚上打。");
	}

	@Test
	void replacesIdNumbersWithEighteenStarsEvenWithABadCheckDigit() {
		assertThat(redacted("身份证号141024197311020418。")).isEqualTo("身份证号******************。");
		assertThat(redacted("身份证号141024197311020410（口述）")).isEqualTo("身份证号******************（口述）");
		assertThat(redacted("证件号14112719931111555x")).isEqualTo("证件号******************");
	}

	@Test
	void knowsTheIdCheckDigit() {
		assertThat(RedactionPatterns.hasValidCheckDigit("141024197311020418")).isTrue();
		assertThat(RedactionPatterns.hasValidCheckDigit("141024197311020410")).isFalse();
		assertThat(RedactionPatterns.hasValidCheckDigit("14112719931111555X")).isTrue();
	}

	@Test
	void keepsProvinceAndCityOfALicencePlate() {
		assertThat(redacted("车牌号为晋L·A1234的渣土车")).isEqualTo("车牌号为晋L*****的渣土车");
		assertThat(redacted("一辆晋LD12345新能源车")).isEqualTo("一辆晋L*****新能源车");
		assertThat(redacted("冒黑烟的是晋L12345D。")).isEqualTo("冒黑烟的是晋L*****。");
		assertThat(redacted("挂车晋L1234挂夜里倒废油")).isEqualTo("挂车晋L*****夜里倒废油");
	}

	@Test
	void replacesEmailQqWechatAndBankCard() {
		assertThat(redacted("请发到zhangjianguo1975@163.com。")).isEqualTo("请发到***。");
		assertThat(redacted("加我QQ：25468731，有照片。")).isEqualTo("加我QQ：***，有照片。");
		assertThat(redacted("微信号：lyf_0357，可以看视频。")).isEqualTo("微信号：***，可以看视频。");
		assertThat(redacted("补偿款打到银行卡6228480402564890018。")).isEqualTo("补偿款打到银行卡***。");
	}

	@Test
	void turnsPrivateNamesIntoSurnameAndMou() {
		assertThat(redacted("我家邻居张建国在院子里焚烧垃圾。")).isEqualTo("我家邻居张某某在院子里焚烧垃圾。");
		assertThat(redacted("李娜说她家的井水有股怪味。")).isEqualTo("李某说她家的井水有股怪味。");
		assertThat(redacted("欧阳娜娜住在我家楼上。")).isEqualTo("欧阳某某住在我家楼上。");
	}

	@Test
	void turnsAppellationsAndFamiliarFormsIntoSurnameAndMou() {
		assertThat(redacted("王师傅说搅拌站夜里还在作业。")).isEqualTo("王某说搅拌站夜里还在作业。");
		assertThat(redacted("李大爷反映噪音扰民。")).isEqualTo("李某反映噪音扰民。");
		assertThat(redacted("老王和小李经常半夜倒垃圾。")).isEqualTo("王某和李某经常半夜倒垃圾。");
	}

	@Test
	void findsNamesHanlpMissesByTheirKinshipAndHomeCues() {
		assertThat(redacted("张建国家的院子里堆满了废旧轮胎。")).isEqualTo("张某某家的院子里堆满了废旧轮胎。");
		assertThat(redacted("我哥邓明亮在那里干过活。")).isEqualTo("我哥邓某某在那里干过活。");
		assertThat(redacted("村民上官文化私自开挖渗坑。")).isEqualTo("村民上官某某私自开挖渗坑。");
	}

	@Test
	void redactsEveryMentionOfANameFoundOnce() {
		assertThat(redacted("村民王福来在自家院内养猪。已责令王福来于6月20日前清运粪污。")).isEqualTo("村民王某某在自家院内养猪。已责令王某某于6月20日前清运粪污。");
	}

	@Test
	void keepsNamesAlreadyAnonymised() {
		assertThat(redacted("张某某反映，王某经营的洗车点无污水处理设施。")).isEqualTo("张某某反映，王某经营的洗车点无污水处理设施。");
	}

	@Test
	void keepsBusinessNamesThatHoldSurnames() {
		String text = "王氏化工有限公司、李记烧烤店和老王家羊汤馆均被责令整改。";
		assertThat(redacted(text)).isEqualTo(text);
	}

	@Test
	void keepsPlacesNamedAfterFamilies() {
		String text = "张家口市、赵县的车辆经过刘庄村和乔李镇乔李村时抛洒煤渣。";
		assertThat(redacted(text)).isEqualTo(text);
	}

	@Test
	void keepsGovernmentBodies() {
		String text = "尧都区生态环境局会同屯里镇人民政府、魏村镇政府开展联合执法。";
		assertThat(redacted(text)).isEqualTo(text);
	}

	@Test
	void keepsOfficialsNamedInTheirPublicRole() {
		assertThat(redacted("副区长王建军负责包案。")).isEqualTo("副区长王建军负责包案。");
		assertThat(redacted("王建军副区长现场督办。")).isEqualTo("王建军副区长现场督办。");
		assertThat(redacted("县委副书记、县长梁晓东主持召开专题会议。")).isEqualTo("县委副书记、县长梁晓东主持召开专题会议。");
	}

	@Test
	void redactsHoldersOfWorkplaceTitles() {
		assertThat(redacted("请联系车间主任赵卫国了解情况。")).isEqualTo("请联系车间主任赵某某了解情况。");
		assertThat(redacted("投诉人称厂长孟凡东威胁过他。")).isEqualTo("投诉人称厂长孟某某威胁过他。");
	}

	@Test
	void keepsHotlinesDatesReceiptNumbersAmountsAndArticles() {
		String text = "受理编号D3HN202406020040，2024年6月2日交办，请拨打12369或12345反映。"
				+ "依据《大气污染防治法》第一百一十七条罚款5万元，统一社会信用代码91141002MA0GRX2N3K。";
		assertThat(redacted(text)).isEqualTo(text);
	}

	@Test
	void redactsHomeNumbersButKeepsStreetAndVillage() {
		assertThat(redacted("我住在3号楼2单元501室，楼下饭店油烟大。")).isEqualTo("我住在***，楼下饭店油烟大。");
		assertThat(redacted("家住解放路12号，对面就是洗车店。")).isEqualTo("家住解放路***，对面就是洗车店。");
		assertThat(redacted("我家在刘庄村二组15号。")).isEqualTo("我家在刘庄村***。");
	}

	@Test
	void keepsBuildingsAndBusinessAddresses() {
		String text = "锦绣小区3号楼下的烧烤摊和向阳路18号的洗车店油烟扰民。";
		assertThat(redacted(text)).isEqualTo(text);
	}

	@Test
	void reportsSpansInTheOriginalText() {
		Redaction redaction = redactor.redact("邻居张建国（13835712468）住在3号楼2单元501室。");
		assertThat(redaction.spans()).containsExactly(new RedactedSpan(2, 5, SpanKind.PERSON_NAME, "张某某"),
				new RedactedSpan(6, 17, SpanKind.MOBILE, "***"),
				new RedactedSpan(20, 30, SpanKind.HOUSE_NUMBER, "***"));
		assertThat(redaction.spansOf(SpanKind.MOBILE)).hasSize(1);
		assertThat(redaction.text()).isEqualTo("邻居张某某（***）住在***。");
	}

	@Test
	void leavesTextsWithoutPersonalDataAsTheyAre() {
		String text = "经现场检查，该点位已清理完毕，周边群众表示满意。";
		Redaction redaction = redactor.redact(text);
		assertThat(redaction.redactedAnything()).isFalse();
		assertThat(redaction.text()).isEqualTo(text);
		assertThat(redactor.redact("").text()).isEmpty();
	}

	@Test
	void givesTheSameResultsFromManyThreads() throws Exception {
		List<String> texts = Files.readAllLines(RedactionCorpusTests.CORPUS, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t", -1)[1])
			.toList();
		List<Redaction> oneByOne = texts.stream().map(redactor::redact).toList();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<Redaction>> parallel = new ArrayList<>();
			for (String text : texts) {
				parallel.add(pool.submit(() -> redactor.redact(text)));
			}
			for (int i = 0; i < texts.size(); i++) {
				assertThat(parallel.get(i).get()).isEqualTo(oneByOne.get(i));
			}
		}
	}

	@Test
	void rejectsEmptySpans() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RedactedSpan(3, 3, SpanKind.EMAIL, "***"));
	}

}
