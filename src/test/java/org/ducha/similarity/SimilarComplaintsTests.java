package org.ducha.similarity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repeat-detection engine ({@link SimilarComplaints}) on small in-memory indexes.
 */
class SimilarComplaintsTests {

	static final String YAODU = "141002";

	static final String HONGTONG = "141024";

	final SimilarComplaints complaints = SimilarComplaints.inMemory();

	@AfterEach
	void close() {
		this.complaints.close();
	}

	@Test
	void findsTheSameSiteNamedDifferently() {
		ComplaintDocument earlier = complaint("D1", YAODU, "2024-06-02", "尧都区鑫源砖厂", "尧都区魏村镇东王村",
				"砖厂烧砖时烟囱冒黑烟，粉尘落在村民屋顶和庄稼上。", "AIR");
		this.complaints.index(earlier);
		this.complaints.index(complaint("D2", YAODU, "2024-06-03", "宏达焦化有限公司", "尧都区屯里镇", "焦化厂异味大。", "AIR"));

		RepeatCheck check = this.complaints
			.check(complaint("D3", YAODU, "2024-06-05", "临汾鑫源建材有限公司", null, "东王村北边这家建材公司一直烧砖，黑烟呛人。", "AIR"));

		assertThat(check.hits().get(0).complaintId()).isEqualTo(earlier.complaintId());
		assertThat(check.verdict())
			.isEqualTo(new Verdict.LikelyRepeat(earlier.complaintId(), "D1", check.hits().get(0).score()));
	}

	@Test
	void ranksTheSameCountyAboveTheSameNameElsewhere() {
		ComplaintDocument elsewhere = complaint("D1", HONGTONG, "2024-06-01", "洪洞县鑫磊砖厂", "洪洞县苏堡镇", "砖厂烟尘大。", "AIR");
		ComplaintDocument here = complaint("D2", YAODU, "2024-06-02", "尧都区鑫磊砖厂", "尧都区段店乡", "砖厂冒黑烟。", "AIR");
		this.complaints.index(elsewhere);
		this.complaints.index(here);

		List<SimilarHit> hits = this.complaints
			.similarTo(complaint("D3", YAODU, "2024-06-04", "鑫磊砖厂", "段店乡", "鑫磊砖厂烧砖黑烟不断。", "AIR"), 5);

		assertThat(hits).extracting(SimilarHit::complaintId)
			.containsExactly(here.complaintId(), elsewhere.complaintId());
		assertThat(hits.get(1).has(ReasonKind.DIFFERENT_COUNTY)).isTrue();
		assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
	}

	@Test
	void explainsWhyTwoComplaintsLookAlike() {
		this.complaints
			.index(complaint("D1", YAODU, "2024-06-15", "尧都区解放路兴隆家常菜馆", "尧都区解放路126号", "菜馆后厨油烟管道破损，油烟弥漫整个院子。", "AIR"));

		SimilarHit hit = this.complaints
			.similarTo(complaint("D2", YAODU, "2024-06-19", "兴隆家常菜", "解放路126号", "解放路126号兴隆菜馆的油烟把院子熏得一股油味。", "AIR"), 1)
			.get(0);

		assertThat(hit.reasons()).extracting(Reason::kind)
			.contains(ReasonKind.SAME_REPORTED_OBJECT, ReasonKind.SAME_ADDRESS, ReasonKind.SAME_COUNTY,
					ReasonKind.SAME_KIND_OF_SITE, ReasonKind.OVERLAPPING_WORDS, ReasonKind.SAME_PROBLEM_TYPE,
					ReasonKind.DAYS_APART);
		assertThat(hit.reasons()).filteredOn((reason) -> reason.kind() == ReasonKind.SAME_ADDRESS)
			.extracting(Reason::detail)
			.containsExactly("n:解放#126");
		assertThat(hit.daysApart()).isEqualTo(4);
		assertThat(hit.reasons()).filteredOn((reason) -> reason.kind() == ReasonKind.DAYS_APART)
			.extracting(Reason::detail)
			.containsExactly("4");
	}

	@Test
	void asksAPersonWhenOnlyTheVillageAndTheKindOfSiteAgree() {
		ComplaintDocument earlier = complaint("D1", "141023", "2024-06-05", "襄汾县邓庄镇刘家庄村养猪场", "襄汾县邓庄镇刘家庄村西",
				"养猪场粪污直接排进村西的排水沟，臭气熏天。", "WATER,AIR");
		this.complaints.index(earlier);

		RepeatCheck check = this.complaints
			.check(complaint("D2", "141023", "2024-06-07", null, "刘家庄村", "刘家庄村西头有个养猪场，猪粪水往沟里排，夏天臭得没法开窗。", "WATER,AIR"));

		assertThat(check.verdict()).isInstanceOfSatisfying(Verdict.NeedsReview.class,
				(review) -> assertThat(review.candidates()).extracting(SimilarHit::complaintId)
					.containsExactly(earlier.complaintId()));
	}

	@Test
	void asksAPersonWhenTheSameSiteHasADifferentProblemYearsLater() {
		ComplaintDocument earlier = complaint("D1", YAODU, "2021-05-12", "尧都区金隅水泥有限公司", "尧都区刘村镇", "水泥厂窑尾粉尘超标排放。",
				"AIR");
		this.complaints.index(earlier);

		RepeatCheck check = this.complaints
			.check(complaint("D2", YAODU, "2024-06-10", "金隅水泥厂", "刘村镇", "水泥厂把生活污水排进厂外的河沟。", "WATER"));

		assertThat(check.hits().get(0).has(ReasonKind.SAME_REPORTED_OBJECT)).isTrue();
		assertThat(check.hits().get(0).has(ReasonKind.DIFFERENT_PROBLEM_TYPE)).isTrue();
		assertThat(check.verdict()).isInstanceOf(Verdict.NeedsReview.class);
	}

	@Test
	void saysNewWhenNoEarlierComplaintConcernsTheSite() {
		this.complaints.index(complaint("D1", YAODU, "2024-06-02", "尧都区鑫源砖厂", "尧都区魏村镇东王村", "砖厂冒黑烟。", "AIR"));

		RepeatCheck check = this.complaints
			.check(complaint("D2", "430111", "2024-06-05", "湘味轩餐馆", "雨花区劳动东路218号", "餐馆油烟直排居民楼。", "AIR"));

		assertThat(check.verdict()).isInstanceOf(Verdict.New.class);
	}

	@Test
	void forgetsARemovedComplaint() {
		ComplaintDocument earlier = complaint("D1", YAODU, "2024-06-02", "尧都区鑫源砖厂", "尧都区魏村镇东王村", "砖厂冒黑烟。", "AIR");
		this.complaints.index(earlier);
		ComplaintDocument probe = complaint("D2", YAODU, "2024-06-05", "鑫源砖厂", "东王村", "鑫源砖厂黑烟。", "AIR");
		assertThat(this.complaints.similarTo(probe, 5)).isNotEmpty();

		this.complaints.remove(earlier.complaintId());

		assertThat(this.complaints.similarTo(probe, 5)).isEmpty();
		assertThat(this.complaints.size()).isZero();
	}

	@Test
	void replacesAComplaintIndexedAgainAndNeverFindsAProbeItself() {
		ComplaintDocument complaint = complaint("D1", YAODU, "2024-06-02", "尧都区鑫源砖厂", "尧都区魏村镇东王村", "砖厂冒黑烟。", "AIR");
		this.complaints.index(complaint);
		this.complaints.index(complaint);

		assertThat(this.complaints.size()).isEqualTo(1);
		assertThat(this.complaints.similarTo(complaint, 5)).isEmpty();
	}

	@Test
	void seesAWriteOnlyOnceTheRefreshIntervalHasPassedWhenOneIsSet() throws InterruptedException {
		ComplaintDocument first = complaint("D1", YAODU, "2024-06-02", "尧都区鑫源砖厂", "尧都区魏村镇东王村", "砖厂冒黑烟。", "AIR");
		ComplaintDocument second = complaint("D2", YAODU, "2024-06-03", "鑫源砖厂", "东王村", "鑫源砖厂又冒黑烟。", "AIR");
		ComplaintDocument probe = complaint("D3", YAODU, "2024-06-05", "鑫源砖厂", "东王村", "鑫源砖厂黑烟。", "AIR");
		this.complaints.index(first);
		assertThat(this.complaints.similarTo(probe, 5)).extracting(SimilarHit::complaintId)
			.as("without an interval a write is seen by the next search")
			.containsExactly(first.complaintId());
		this.complaints.refreshedAtMostEvery(Duration.ofSeconds(5));

		this.complaints.index(second);

		assertThat(this.complaints.similarTo(probe, 5)).extracting(SimilarHit::complaintId)
			.as("within the interval of the last reopening the new write is not seen yet")
			.containsExactly(first.complaintId());
		Thread.sleep(5_100);
		assertThat(this.complaints.similarTo(probe, 5)).extracting(SimilarHit::complaintId)
			.containsExactlyInAnyOrder(first.complaintId(), second.complaintId());
	}

	@Test
	void keepsCommittedComplaintsInADirectory(@TempDir Path directory) {
		ComplaintDocument earlier = complaint("D1", YAODU, "2024-06-02", "尧都区鑫源砖厂", "尧都区魏村镇东王村", "砖厂冒黑烟。", "AIR");
		try (SimilarComplaints onDisk = SimilarComplaints.at(directory)) {
			onDisk.index(earlier);
			onDisk.commit();
		}

		try (SimilarComplaints reopened = SimilarComplaints.at(directory)) {
			assertThat(reopened.size()).isEqualTo(1);
			assertThat(reopened.similarTo(complaint("D2", YAODU, "2024-06-05", "鑫源砖厂", null, "黑烟。", "AIR"), 1))
				.extracting(SimilarHit::complaintId)
				.containsExactly(earlier.complaintId());
		}
	}

	static ComplaintDocument complaint(String receipt, String region, String day, String name, String address,
			String description, String types) {
		return new ComplaintDocument(UUID.nameUUIDFromBytes(receipt.getBytes()), receipt, null,
				LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), region, name, address, null,
				description, Set.of(types.split(",")));
	}

}
