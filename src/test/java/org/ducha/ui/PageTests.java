package org.ducha.ui;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages: sign-in, the intake form's messages, screening and the recorded contact
 * reveal, languages, errors.
 */
@IntegrationTest
class PageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	JdbcClient jdbc;

	CampaignDetails campaign;

	@BeforeEach
	void setUp() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/complaints")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("用户名")));
	}

	@Test
	void showsTheFormAgainWithAMessageBesideEachWrongFieldAndSavesNothing() throws Exception {
		long before = complaintsInCampaign();
		this.mvc
			.perform(post("/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
				.with(csrf())
				.param("channel", "PHONE")
				.param("receivedAt", "2016-11-25T21:30")
				.param("description", "短")
				.param("complainantPhone", "12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请更正下列标出的内容后再提交")))
			.andExpect(content().string(containsString("不能少于 5 个字")))
			.andExpect(content().string(containsString("请至少选择一个问题类型")))
			.andExpect(content().string(containsString("非值班时间电话留言")))
			.andExpect(content().string(containsString("联系电话应为11位手机号")));
		assertThat(complaintsInCampaign()).isEqualTo(before);
	}

	@Test
	void registersThroughTheFormAndRedirectsToTheComplaint() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
				.with(csrf())
				.param("channel", "LETTER")
				.param("receivedAt", "2016-12-28T09:00")
				.param("postmarkDate", "2016-12-20")
				.param("description", "河道边有人倾倒建筑垃圾和工业废渣。")
				.param("problemTypes", "SOLID_WASTE")
				.param("anonymous", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/complaints/*"));
		assertThat(complaintsInCampaign()).isEqualTo(1);
	}

	@Test
	void refusesTheFormWithoutACsrfToken() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
				.param("description", "河道边有人倾倒建筑垃圾。"))
			.andExpect(status().isForbidden());
	}

	@Test
	void recordsAContactRevealMadeOnThePage() throws Exception {
		UUID id = registerNamed();
		this.mvc
			.perform(post("/complaints/{id}/contact-reveals", id).with(as(Fixtures.CLERK))
				.with(csrf())
				.param("reason", "补充核实举报细节"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13700000003")))
			.andExpect(content().string(containsString("补充核实举报细节")));
		this.mvc.perform(get("/complaints/{id}", id).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("13700000003"))))
			.andExpect(content().string(not(containsString("reveal-reason"))));
		this.mvc
			.perform(post("/complaints/{id}/contact-reveals", id).with(as(Fixtures.OFFICER))
				.with(csrf())
				.param("reason", "我想看看"))
			.andExpect(status().isForbidden());
	}

	@Test
	void explainsAnIncompleteHandOverOnThePage() throws Exception {
		UUID id = registerNamed();
		this.mvc
			.perform(post("/complaints/{id}/screening", id).with(as(Fixtures.OFFICER))
				.with(csrf())
				.param("decision", "HAND_OVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("转地方处理须说明不属于受理范围的理由")));
		this.mvc
			.perform(post("/complaints/{id}/screening", id).with(as(Fixtures.OFFICER))
				.with(csrf())
				.param("decision", "HAND_OVER")
				.param("reason", "劳动纠纷，不属于生态环境问题")
				.param("receivingBody", "尧都区人民政府"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/campaigns/{id}/hand-overs", this.campaign.id()).with(as(Fixtures.OFFICER)))
			.andExpect(content().string(containsString("尧都区人民政府（1 件）")));
	}

	@Test
	void letsALeaderSetUpACampaignThroughTheForm() throws Exception {
		this.mvc
			.perform(post("/campaigns").with(as(Fixtures.LEADER))
				.with(csrf())
				.param("teamName", "页面测试督察组")
				.param("inspectedRegionCode", "1410")
				.param("hotlineHours", "8:00-20:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("被督察地区代码应为6位行政区划代码")))
			.andExpect(content().string(containsString("进驻开始日期")));
		this.mvc
			.perform(post("/campaigns").with(as(Fixtures.LEADER))
				.with(csrf())
				.param("teamName", "页面测试督察组")
				.param("inspectedRegionCode", "141000")
				.param("inspectedRegionName", "临汾市")
				.param("startDate", "2017-04-28")
				.param("endDate", "2017-05-28")
				.param("hotlinePhone", "0357-1234567")
				.param("poBox", "临汾市A001邮政信箱")
				.param("hotlineHours", "8:00-20:00")
				.param("receiptRound", "8")
				.param("receiptUnitLetters", Fixtures.uniqueUnitLetters().toLowerCase())
				.param("reportDueDays", "5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/campaigns/*/notice"));
		this.mvc.perform(get("/campaigns/new").with(as(Fixtures.CLERK))).andExpect(status().isForbidden());
	}

	@Test
	void findsDivisionsByNameForTheRegionPicker() throws Exception {
		this.mvc.perform(get("/regions/picker").param("q", "尧都").param("within", "141000").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("141002")));
		this.mvc.perform(get("/regions/picked").param("code", "141002").with(as(Fixtures.CLERK)))
			.andExpect(content().string(containsString("value=\"141002\"")));
	}

	@Test
	void keepsAHandlersCasePagesToItsOwnCounty() throws Exception {
		this.mvc.perform(get("/cases/{id}", UUID.randomUUID()).with(as(Fixtures.HANDLER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/campaigns/{id}/batches", this.campaign.id()).with(as(Fixtures.HANDLER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void sendsSecurityHeadersThatForbidInlineScriptAndFraming() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Frame-Options", "DENY"));
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		this.mvc
			.perform(get("/campaigns/{id}/complaints/new", this.campaign.id()).param("lang", "en")
				.with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Register a complaint")));
	}

	@Test
	void answersAnUnknownComplaintWithANotFoundPage() throws Exception {
		this.mvc.perform(get("/complaints/{id}", UUID.randomUUID()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到该信访件")));
	}

	private UUID registerNamed() throws Exception {
		String location = this.mvc
			.perform(post("/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
				.with(csrf())
				.param("channel", "VISIT")
				.param("receivedAt", "2016-11-30T15:00")
				.param("description", "小区旁餐馆油烟直排，噪声扰民。")
				.param("problemTypes", "AIR", "NOISE")
				.param("regionCode", "141002")
				.param("complainantName", "李页面")
				.param("complainantPhone", "13700000003"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private long complaintsInCampaign() {
		return this.jdbc.sql("SELECT COUNT(*) FROM complaint WHERE campaign_id = ?")
			.param(this.campaign.id())
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

}
