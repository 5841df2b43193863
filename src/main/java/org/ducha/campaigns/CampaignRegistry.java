package org.ducha.campaigns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.shared.FieldViolation;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

/**
 * Sets up campaigns and answers what is known of them.
 */
@Service
public class CampaignRegistry {

	/** 受理范围 as published in the notices when the team writes none of its own. */
	public static final String STANDARD_SCOPE = "只受理被督察地区生态环境保护方面的来信来电举报。" + "其他不属于受理范围的信访问题，将按规定交由被督察地方处理。";

	static final int DEFAULT_REPORT_DUE_DAYS = 7;

	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{4,19}");

	private final Campaigns campaigns;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final org.springframework.context.ApplicationEventPublisher events;

	CampaignRegistry(Campaigns campaigns, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.campaigns = campaigns;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Sets up a campaign.
	 * @param draft what the team published
	 * @param actor who sets it up
	 * @return the campaign
	 * @throws RuleViolationException naming every field that is missing or wrong
	 */
	@Transactional
	public CampaignDetails open(CampaignDraft draft, String actor) {
		List<FieldViolation> violations = new ArrayList<>();
		requireText(violations, "teamName", draft.teamName(), 100);
		if (!RegionCode.isValid(draft.inspectedRegionCode())) {
			violations.add(new FieldViolation("inspectedRegionCode", "campaign.inspectedRegionCode.invalid"));
		}
		requireText(violations, "inspectedRegionName", draft.inspectedRegionName(), 100);
		if (draft.startDate() == null) {
			violations.add(new FieldViolation("startDate", "field.required"));
		}
		if (draft.endDate() == null) {
			violations.add(new FieldViolation("endDate", "field.required"));
		}
		else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
			violations.add(new FieldViolation("endDate", "campaign.endDate.beforeStart"));
		}
		else if (draft.startDate() != null && draft.endDate().isAfter(draft.startDate().plusDays(366))) {
			violations.add(new FieldViolation("endDate", "campaign.endDate.tooLong"));
		}
		if (draft.hotlinePhone() == null || !PHONE.matcher(draft.hotlinePhone().strip()).matches()) {
			violations.add(new FieldViolation("hotlinePhone", "campaign.hotlinePhone.invalid"));
		}
		requireText(violations, "poBox", draft.poBox(), 100);
		HotlineHours hours = null;
		try {
			hours = HotlineHours.parse(draft.hotlineHours());
		}
		catch (IllegalArgumentException ex) {
			violations.add(new FieldViolation("hotlineHours", "campaign.hotlineHours.invalid"));
		}
		if (draft.scope() != null && draft.scope().length() > 2000) {
			violations.add(new FieldViolation("scope", "field.tooLong", 2000));
		}
		if (!ReceiptNumberScheme.isValidRound(draft.receiptRound())) {
			violations.add(new FieldViolation("receiptRound", "campaign.receiptRound.invalid"));
		}
		if (!ReceiptNumberScheme.isValidUnitLetters(draft.receiptUnitLetters())) {
			violations.add(new FieldViolation("receiptUnitLetters", "campaign.receiptUnitLetters.invalid"));
		}
		else if (ReceiptNumberScheme.isValidRound(draft.receiptRound()) && this.campaigns
			.existsByReceiptRoundAndReceiptUnitLetters(draft.receiptRound(), draft.receiptUnitLetters())) {
			violations.add(new FieldViolation("receiptUnitLetters", "campaign.receiptScheme.taken"));
		}
		int dueDays = (draft.reportDueDays() != null) ? draft.reportDueDays() : DEFAULT_REPORT_DUE_DAYS;
		if (dueDays < 1 || dueDays > 60) {
			violations.add(new FieldViolation("reportDueDays", "campaign.reportDueDays.range"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		String scope = (draft.scope() == null || draft.scope().isBlank()) ? STANDARD_SCOPE : draft.scope();
		CampaignDraft complete = new CampaignDraft(draft.teamName(), draft.inspectedRegionCode(),
				draft.inspectedRegionName(), draft.startDate(), draft.endDate(), draft.hotlinePhone(), draft.poBox(),
				draft.hotlineHours(), scope, draft.receiptRound(), draft.receiptUnitLetters(), dueDays);
		Campaign campaign = new Campaign(complete, hours, this.clock.instant(), actor);
		CampaignDetails opened = this.campaigns.save(campaign).details();
		this.events.publishEvent(
				new CampaignOpened(opened.id(), draft.inspectedRegionCode(), draft.startDate(), draft.endDate()));
		return opened;
	}

	/**
	 * A campaign's own department routing (sub-type → department), replacing any it had.
	 * @param campaignId the campaign
	 * @param departments e.g. 油烟 → 城市管理局
	 * @return the routing now in force
	 */
	@Transactional
	public java.util.Map<String, String> setRouting(UUID campaignId, java.util.Map<String, String> departments) {
		get(campaignId);
		List<FieldViolation> violations = new ArrayList<>();
		if (departments == null || departments.size() > 200) {
			violations.add(new FieldViolation("departments", "campaign.routing.invalid"));
		}
		else {
			departments.forEach((subType, department) -> {
				if (subType == null || subType.isBlank() || subType.length() > 50 || department == null
						|| department.isBlank() || department.length() > 100) {
					violations.add(new FieldViolation("departments", "campaign.routing.invalid"));
				}
			});
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations.get(0));
		}
		this.jdbc.sql("DELETE FROM campaign_routing WHERE campaign_id = ?").param(campaignId).update();
		departments.forEach((subType, department) -> this.jdbc
			.sql("INSERT INTO campaign_routing (campaign_id, sub_type, department) VALUES (?, ?, ?)")
			.params(campaignId, subType.strip(), department.strip())
			.update());
		java.util.Map<String, String> routing = routingOf(campaignId);
		this.events.publishEvent(new CampaignRoutingChanged(campaignId, routing));
		return routing;
	}

	/**
	 * A campaign's own department routing; empty when it uses the configured default.
	 * @param campaignId the campaign
	 * @return sub-type → department
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> routingOf(UUID campaignId) {
		java.util.Map<String, String> routing = new java.util.TreeMap<>();
		this.jdbc.sql("SELECT sub_type, department FROM campaign_routing WHERE campaign_id = ?")
			.param(campaignId)
			.query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((entry) -> routing.put(entry.getKey(), entry.getValue()));
		return routing;
	}

	@Transactional(readOnly = true)
	public CampaignDetails get(UUID id) {
		return this.campaigns.findById(id).map(Campaign::details).orElseThrow(() -> new CampaignNotFound(id));
	}

	@Transactional(readOnly = true)
	public List<CampaignDetails> all() {
		return this.campaigns.findAllByOrderByStartDateDesc().stream().map(Campaign::details).toList();
	}

	private static void requireText(List<FieldViolation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "field.required"));
		}
		else if (value.strip().length() > max) {
			violations.add(new FieldViolation(field, "field.tooLong", max));
		}
	}

}
