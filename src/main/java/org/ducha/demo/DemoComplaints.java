package org.ducha.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.ActionCounts;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.casework.CaseHandling;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.Closure;
import org.ducha.casework.FourChecks;
import org.ducha.casework.HandlingReport;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.Verdict;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;

/**
 * Demo complaints in the demo campaign: registered on the first days of the stay, most
 * accepted and transferred in batch 1, some signed, reported and concluded, one handed
 * over. Written once; a restart leaves them as they are. All names, places and phone
 * numbers are made up (the phone numbers are outside issued ranges).
 */
@Component
@Profile("demo")
@Order(2)
class DemoComplaints implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

	private static final CurrentOfficer OFFICER = new CurrentOfficer("officer", "officer", Set.of(Role.TEAM_OFFICER),
			Jurisdiction.everywhere());

	private static final CurrentOfficer HANDLER = new CurrentOfficer("handler", "handler", Set.of(Role.LOCAL_HANDLER),
			Jurisdiction.everywhere());

	private final CampaignRegistry campaigns;

	private final ComplaintIntake intake;

	private final ComplaintQueries complaints;

	private final BatchTransfers batches;

	private final CaseHandling handling;

	private final CaseQueries cases;

	DemoComplaints(CampaignRegistry campaigns, ComplaintIntake intake, ComplaintQueries complaints,
			BatchTransfers batches, CaseHandling handling, CaseQueries cases) {
		this.campaigns = campaigns;
		this.intake = intake;
		this.complaints = complaints;
		this.batches = batches;
		this.handling = handling;
		this.cases = cases;
	}

	@Override
	public void run(ApplicationArguments args) {
		CampaignDetails campaign = this.campaigns.all()
			.stream()
			.filter((candidate) -> "SX".equals(candidate.receiptNumberScheme().unitLetters()))
			.findFirst()
			.orElse(null);
		if (campaign == null || this.complaints
			.search(new ComplaintFilter(campaign.id(), null, null, null, null, null, null, null),
					Jurisdiction.everywhere(), 0, 1)
			.getTotalElements() > 0) {
			return;
		}
		List<UUID> accepted = new ArrayList<>();
		accepted.add(register(campaign, "2016-11-24T09:12:00+08:00", Channel.PHONE, "屯里镇东村砖厂", "尧都区屯里镇东村北",
				"砖厂每天夜里冒黑烟，周边村民晾晒的衣物被熏黑，已持续两个月。", ProblemType.AIR, "烟粉尘", true));
		accepted.add(register(campaign, "2016-11-24T10:40:00+08:00", Channel.PHONE, "某洗煤厂", "尧都区汾河东岸",
				"洗煤厂废水直接排入汾河支流，河水发黑。", ProblemType.WATER, "工业废水", false));
		accepted.add(register(campaign, "2016-11-24T15:05:00+08:00", Channel.LETTER, "某烧烤店", "尧都区解放路",
				"烧烤店油烟直排居民楼，住户无法开窗。", ProblemType.AIR, "油烟", true));
		accepted.add(register(campaign, "2016-11-25T08:30:00+08:00", Channel.PHONE, "某石料厂", "曲沃县史村镇",
				"石料厂粉尘很大，附近农田被粉尘覆盖，庄稼减产。", ProblemType.AIR, "扬尘", false));
		accepted.add(register(campaign, "2016-11-25T11:20:00+08:00", Channel.VISIT, "某养殖场", "洪洞县大槐树镇",
				"养殖场粪污直排入河，河水发臭，蚊蝇滋生。", ProblemType.WATER, "养殖废水", true));
		accepted.add(register(campaign, "2016-11-26T19:40:00+08:00", Channel.PHONE, "某建筑工地", "尧都区鼓楼西街",
				"建筑工地夜间施工，噪声很大，影响居民休息。", ProblemType.NOISE, "施工噪声", true));
		for (UUID id : accepted) {
			this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, OFFICER);
		}
		UUID outOfScope = register(campaign, "2016-11-26T14:00:00+08:00", Channel.PHONE, null, "尧都区某小区",
				"邻居装修占用楼道，物业不予处理。", ProblemType.OTHER, null, true);
		this.intake.screen(outOfScope, ScreeningDecision.HAND_OVER, "物业纠纷，不属于生态环境问题", "尧都区人民政府", OFFICER);
		register(campaign, "2016-11-27T09:00:00+08:00", Channel.ONLINE, "某化工厂", "尧都区县底镇", "化工厂晚上排放刺鼻气体。",
				ProblemType.AIR, "恶臭异味", false);

		BatchView batch = this.batches.compose(campaign.id(), accepted.subList(0, 5), Set.of(accepted.get(4)), Set.of(),
				"officer");
		this.batches.transfer(batch.id(), "officer");
		UUID first = this.cases.forComplaint(accepted.get(0)).orElseThrow().id();
		UUID second = this.cases.forComplaint(accepted.get(1)).orElseThrow().id();
		UUID third = this.cases.forComplaint(accepted.get(2)).orElseThrow().id();
		this.handling.sign(first, "副区长（包案）", "尧都区生态环境分局", "屯里镇人民政府", HANDLER);
		this.handling.submitReport(first,
				report(Verdict.TRUE, Closure.CLOSED, "经现场核查，该砖厂脱硫设施未正常运行，夜间存在冒黑烟现象。", "责令停产整改，立案处罚，罚款5万元。"), HANDLER);
		this.handling.review(first, ReviewDecision.ACCEPT, null, FourChecks.CLEAR, OFFICER);
		this.handling.sign(second, null, "尧都区生态环境分局", null, HANDLER);
		this.handling.submitReport(second,
				report(Verdict.PARTLY_TRUE, Closure.CLOSED, "经核查，洗煤厂存在雨污混排问题。", "责令整改，已封堵排污口。"), HANDLER);
		this.handling.review(second, ReviewDecision.RETURN, "未说明处罚依据和整改时限，请补充。",
				new FourChecks(false, false, true, false), OFFICER);
		this.handling.sign(third, null, "尧都区城市管理局", null, HANDLER);
		log.info(
				"\n\n  Ducha demo complaints: {} registered, batch 1 transferred with {} cases "
						+ "(one concluded, one returned for rework, one under investigation, two awaiting sign-for)\n",
				accepted.size() + 2, batch.caseCount());
	}

	private UUID register(CampaignDetails campaign, String receivedAt, Channel channel, String object, String place,
			String description, ProblemType type, String subType, boolean anonymous) {
		ComplainantDetails complainant = anonymous ? ComplainantDetails.ANONYMOUS
				: new ComplainantDetails("演示举报人", "19900000000", null, false, true);
		boolean recorded = channel == Channel.PHONE && OffsetDateTime.parse(receivedAt).getHour() >= 20;
		return this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse(receivedAt), channel, null, recorded,
							new ReportedObject(object, place), place, description, List.of(type), subType, null, null,
							null, complainant),
					"clerk", null)
			.complaint()
			.id();
	}

	private static HandlingReport report(Verdict verdict, Closure closure, String investigation, String actions) {
		return new HandlingReport(List.of(), verdict, investigation, "达标排放", actions,
				new ActionCounts(1, 1, 50000, 0, 0, 0, 0, 0, 0), null, closure, null);
	}

}
