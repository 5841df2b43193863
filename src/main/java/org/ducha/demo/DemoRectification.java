package org.ducha.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.ducha.rectification.AcceptanceDecision;
import org.ducha.rectification.EvidenceStage;
import org.ducha.rectification.PlanDraft;
import org.ducha.rectification.ProblemDraft;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.ProgressDraft;
import org.ducha.rectification.RectificationPlanning;
import org.ducha.rectification.RectificationQueries;
import org.ducha.rectification.RectificationTracking;
import org.ducha.rectification.SiteDraft;
import org.ducha.rectification.TaskDraft;
import org.ducha.rectification.TaskEvidenceLocker;
import org.ducha.rectification.TaskKind;
import org.ducha.shared.RegionCode;

/**
 * The demo campaign's rectification: three feedback problems claimed by the city, a plan
 * with tasks on schedule (blue), slipping (yellow), overdue (red, owned by a work group
 * with two sites) and one in public notice on the portal. Dates are relative to today so
 * that the colours show. Runs once, in the demo profile only.
 */
@Component
@Profile("demo")
@Order(20)
class DemoRectification implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRectification.class);

	private static final CurrentOfficer OFFICER = new CurrentOfficer("officer", "officer", Set.of(Role.TEAM_OFFICER),
			Jurisdiction.everywhere());

	private static final CurrentOfficer LEADER = new CurrentOfficer("leader", "leader", Set.of(Role.TEAM_LEADER),
			Jurisdiction.everywhere());

	private static final CurrentOfficer HANDLER = new CurrentOfficer("handler", "handler", Set.of(Role.LOCAL_HANDLER),
			Jurisdiction.of(Set.of(new RegionCode("141002"))));

	private final CampaignRegistry campaigns;

	private final RectificationPlanning planning;

	private final RectificationTracking tracking;

	private final TaskEvidenceLocker evidence;

	private final RectificationQueries queries;

	private final Clock clock;

	DemoRectification(CampaignRegistry campaigns, RectificationPlanning planning, RectificationTracking tracking,
			TaskEvidenceLocker evidence, RectificationQueries queries, Clock clock) {
		this.campaigns = campaigns;
		this.planning = planning;
		this.tracking = tracking;
		this.evidence = evidence;
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CampaignDetails campaign = this.campaigns.all()
			.stream()
			.filter((candidate) -> "SX".equals(candidate.receiptNumberScheme().unitLetters()))
			.findFirst()
			.orElse(null);
		if (campaign == null || !this.planning.problems(campaign.id()).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(CampaignDetails.CHINA_TIME));
		LocalDate fedBack = today.minusDays(45);
		ProblemView water = problem(campaign, "汾河临汾段部分断面水质长期劣于Ⅴ类，城镇污水处理厂提标改造滞后。", "水污染", fedBack);
		ProblemView coal = problem(campaign, "城区及城乡结合部冬季燃煤散烧问题突出，清洁取暖改造推进缓慢。", "大气污染", fedBack);
		ProblemView mines = problem(campaign, "自然保护区内仍有采矿企业违规生产，生态修复未落实。", "生态破坏", fedBack);
		for (ProblemView problem : List.of(water, coal, mines)) {
			this.planning.claim(problem.id(), "临汾市人民政府", OFFICER);
		}
		UUID plan = this.planning
			.createPlan(new PlanDraft(campaign.id(), "临汾市贯彻落实省环境保护督察反馈意见整改方案", fedBack, fedBack.plusDays(30)), OFFICER)
			.id();
		UUID group = this.planning.addWorkGroup(campaign.id(), "矿权清理专项工作组", "副市长").id();

		UUID onSchedule = this.planning.addTask(plan,
				new TaskDraft(water.id(), null, "汾河临汾段断面水质达到Ⅴ类", "完成城镇污水处理厂提标改造，整治入河排污口", "临汾市人民政府", "市生态环境局、市住建局",
						"副市长", "市生态环境局局长", "141000", TaskKind.BY_DEADLINE, today.minusDays(30), today.plusDays(60),
						null, List.of(new TaskDraft.MilestoneDraft(today.plusDays(20), "完成入河排污口排查", 50))),
				OFFICER);
		this.tracking.reportProgress(onSchedule, new ProgressDraft(40, "已排查入河排污口126个，封堵23个。", false, List.of()),
				OFFICER);
		UUID slipping = this.planning.addTask(
				plan, new TaskDraft(coal.id(), null, "城区散煤清零", "推进煤改气、煤改电，划定禁燃区", "尧都区人民政府", "区住建局", "区长", "分管副区长",
						"141002", TaskKind.BY_DEADLINE, today.minusDays(40), today.plusDays(20), null, List.of()),
				HANDLER);
		this.tracking.reportProgress(slipping, new ProgressDraft(20, "完成改造1200户，气源不足。", false, List.of()), HANDLER);
		UUID overdue = this.planning.addTask(plan,
				new TaskDraft(mines.id(), null, "保护区内采矿企业全部退出并完成生态修复", "逐矿制定退出方案（一矿一策），限期关闭，复绿", "临汾市人民政府", "市自然资源局",
						"副市长", "市自然资源局局长", "141000", TaskKind.BY_DEADLINE, today.minusDays(45), today.minusDays(3),
						group, List.of()),
				OFFICER);
		this.planning.addSite(overdue, new SiteDraft("某铁矿（核心区）", "141000", "关闭矿井，拆除设施，覆土复绿", today.minusDays(10)),
				OFFICER);
		this.planning.addSite(overdue, new SiteDraft("某石料厂（缓冲区）", "141000", "停止开采，削坡整形，植树", today.plusDays(30)),
				OFFICER);
		this.tracking.acceptSite(overdue, siteOf(overdue), "已关闭并完成复绿", OFFICER);
		this.tracking.reportProgress(overdue, new ProgressDraft(70, "1处已关闭复绿，1处正在削坡。", false, List.of()), OFFICER);
		UUID noticed = this.planning.addTask(
				plan, new TaskDraft(coal.id(), null, "屯里镇燃煤锅炉全部淘汰", "淘汰10蒸吨以下燃煤锅炉", "尧都区人民政府", null, "区长", "屯里镇镇长",
						"141002", TaskKind.IMMEDIATE, today.minusDays(40), today.minusDays(10), null, List.of()),
				HANDLER);
		this.evidence.attach(noticed, EvidenceStage.CLOSEOUT, "锅炉拆除验收材料.pdf", 60, new ByteArrayInputStream(
				("%PDF-1.4\n% demo " + noticed + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)), HANDLER);
		this.tracking.requestCloseOut(noticed, "屯里镇32台燃煤锅炉已全部拆除，改用电锅炉。", HANDLER);
		this.tracking.decideAcceptance(noticed, new AcceptanceDecision(true, true, "临汾市生态环境局", "现场核查32台锅炉均已拆除。"),
				OFFICER);
		this.tracking.signOff(noticed, LEADER);
		log.info("\n\n  Ducha demo rectification: 3 feedback problems, 1 plan with 4 tasks (blue, yellow, red, "
				+ "one in public notice on the portal)\n");
	}

	private UUID siteOf(UUID task) {
		return this.queries.task(task, Jurisdiction.everywhere()).sites().get(0).id();
	}

	private ProblemView problem(CampaignDetails campaign, String content, String category, LocalDate fedBack) {
		return this.planning.addProblem(campaign.id(), new ProblemDraft(null, content, category, fedBack), "officer");
	}

}
