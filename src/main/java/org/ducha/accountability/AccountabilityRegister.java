package org.ducha.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * 问责台账: records accountability decisions, their follow-up, and the totals by form.
 */
@Service
public class AccountabilityRegister {

	private final AccountabilityRecords records;

	private final CampaignRegistry campaigns;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	AccountabilityRegister(AccountabilityRecords records, CampaignRegistry campaigns, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.records = records;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@Transactional
	public AccountabilityView record(AccountabilityDraft draft, String actor) {
		List<FieldViolation> violations = new ArrayList<>();
		if (draft.campaignId() == null) {
			violations.add(new FieldViolation("campaignId", "field.required"));
		}
		else {
			this.campaigns.get(draft.campaignId());
		}
		if (draft.targetType() == null) {
			violations.add(new FieldViolation("targetType", "field.required"));
		}
		required(violations, "targetName", draft.targetName(), 200);
		if (draft.form() == null) {
			violations.add(new FieldViolation("form", "field.required"));
		}
		required(violations, "reason", draft.reason(), 4000);
		required(violations, "decidingBody", draft.decidingBody(), 200);
		if (draft.decidedOn() == null) {
			violations.add(new FieldViolation("decidedOn", "field.required"));
		}
		else if (draft.dueDate() != null && draft.dueDate().isBefore(draft.decidedOn())) {
			violations.add(new FieldViolation("dueDate", "accountability.dueDate.beforeDecision"));
		}
		limit(violations, "post", draft.post(), 200);
		limit(violations, "rank", draft.rank(), 100);
		limit(violations, "documentNumber", draft.documentNumber(), 100);
		limit(violations, "requirements", draft.requirements(), 2000);
		if (draft.caseIds().size() > 200) {
			violations.add(new FieldViolation("caseIds", "accountability.caseIds.tooMany", 200));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		AccountabilityView view = this.records.save(new AccountabilityRecord(draft, actor, this.clock.instant()))
			.view(today());
		this.events.publishEvent(new AccountabilityRecorded(view.id(), view.campaignId(), view.targetType(),
				view.form(), view.caseIds()));
		return view;
	}

	@Transactional
	public AccountabilityView followUp(UUID id, String text, boolean fulfilled) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException(new FieldViolation("followUp", "field.required"));
		}
		AccountabilityRecord record = this.records.findById(id)
			.orElseThrow(() -> new NotFoundException("accountability.notFound", id));
		record.followUp(text, fulfilled);
		AccountabilityView view = this.records.save(record).view(today());
		this.events.publishEvent(new AccountabilityFollowedUp(id, fulfilled));
		return view;
	}

	@Transactional(readOnly = true)
	public List<AccountabilityView> ofCampaign(UUID campaignId) {
		LocalDate today = today();
		return this.records.findByCampaignIdOrderByDecidedOnDesc(campaignId)
			.stream()
			.map((record) -> record.view(today))
			.toList();
	}

	/**
	 * What the dashboard counts of a campaign's records (one light statement, no entity
	 * loaded).
	 * @param campaignId the campaign
	 * @return one tally per record
	 */
	@Transactional(readOnly = true)
	public List<AccountabilityTally> tallies(UUID campaignId) {
		return this.records.tallies(campaignId)
			.stream()
			.map((row) -> new AccountabilityTally((AccountabilityForm) row[0], (TargetType) row[1], (LocalDate) row[2],
					AccountabilityRecord.caseIds((String) row[3])))
			.toList();
	}

	@Transactional(readOnly = true)
	public Map<AccountabilityForm, Long> totals(UUID campaignId) {
		Map<AccountabilityForm, Long> totals = new EnumMap<>(AccountabilityForm.class);
		for (AccountabilityForm form : AccountabilityForm.values()) {
			totals.put(form, 0L);
		}
		ofCampaign(campaignId).forEach((record) -> totals.merge(record.form(), 1L, Long::sum));
		return totals;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
	}

	private static void required(List<FieldViolation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "field.required"));
		}
		else {
			limit(violations, field, value, max);
		}
	}

	private static void limit(List<FieldViolation> violations, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			violations.add(new FieldViolation(field, "field.tooLong", max));
		}
	}

}
