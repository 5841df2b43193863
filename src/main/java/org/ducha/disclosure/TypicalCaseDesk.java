package org.ducha.disclosure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseView;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

/**
 * 典型案例: the team writes typical cases up, a team leader publishes them on the portal
 * (redacted like every published text) and may withdraw them.
 */
@Service
@Transactional
public class TypicalCaseDesk {

	static final int TITLE_LIMIT = 200;

	static final int BODY_LIMIT = 20_000;

	static final int CASE_LIMIT = 50;

	private final TypicalCases typicalCases;

	private final CampaignRegistry campaigns;

	private final CaseQueries cases;

	private final PublicText publicText;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TypicalCaseDesk(TypicalCases typicalCases, CampaignRegistry campaigns, CaseQueries cases, PublicText publicText,
			ApplicationEventPublisher events, Clock clock) {
		this.typicalCases = typicalCases;
		this.campaigns = campaigns;
		this.cases = cases;
		this.publicText = publicText;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes a typical case up as a draft.
	 * @param campaignId the campaign
	 * @param draft what was written
	 * @param officer who wrote it
	 * @return the draft
	 */
	public TypicalCaseView write(UUID campaignId, TypicalCaseDraft draft, CurrentOfficer officer) {
		this.campaigns.get(campaignId);
		check(campaignId, draft);
		return this.typicalCases.save(new TypicalCase(campaignId, draft, officer.username(), this.clock.instant()))
			.view();
	}

	/**
	 * Revises a draft (a published one must be withdrawn first).
	 */
	public TypicalCaseView revise(UUID id, TypicalCaseDraft draft, CurrentOfficer officer) {
		TypicalCase typicalCase = find(id);
		check(typicalCase.campaignId(), draft);
		typicalCase.revise(draft, officer.username(), this.clock.instant());
		return this.typicalCases.save(typicalCase).view();
	}

	/**
	 * Publishes a typical case on the portal: its title and text are redacted now and
	 * published as they are.
	 */
	public TypicalCaseView publish(UUID id, CurrentOfficer leader) {
		TypicalCase typicalCase = find(id);
		TypicalCaseView written = typicalCase.view();
		typicalCase.publish(this.publicText.redact(written.title()), this.publicText.redact(written.body()),
				leader.username(), this.clock.instant());
		this.events.publishEvent(new TypicalCasePublished(id, typicalCase.campaignId(), true));
		return this.typicalCases.save(typicalCase).view();
	}

	/**
	 * Takes a typical case off the portal; it becomes a draft again.
	 */
	public TypicalCaseView withdraw(UUID id, CurrentOfficer leader) {
		TypicalCase typicalCase = find(id);
		typicalCase.withdraw();
		this.events.publishEvent(new TypicalCasePublished(id, typicalCase.campaignId(), false));
		return this.typicalCases.save(typicalCase).view();
	}

	/**
	 * Every typical case of a campaign, newest first (the team's list).
	 */
	@Transactional(readOnly = true)
	public List<TypicalCaseView> all(UUID campaignId) {
		this.campaigns.get(campaignId);
		return this.typicalCases.findByCampaignIdOrderByWrittenAtDesc(campaignId)
			.stream()
			.map(TypicalCase::view)
			.toList();
	}

	/**
	 * The published typical cases of a campaign, newest first (the portal's list).
	 */
	@Transactional(readOnly = true)
	public List<PublicTypicalCase> published(UUID campaignId) {
		this.campaigns.get(campaignId);
		return this.typicalCases
			.findByCampaignIdAndStatusOrderByPublishedAtDesc(campaignId, TypicalCaseStatus.PUBLISHED)
			.stream()
			.map(TypicalCase::publicView)
			.toList();
	}

	private TypicalCase find(UUID id) {
		return this.typicalCases.findById(id).orElseThrow(() -> new NotFoundException("typicalCase.notFound", id));
	}

	private void check(UUID campaignId, TypicalCaseDraft draft) {
		List<FieldViolation> violations = new ArrayList<>();
		FieldViolation.requireText(violations, "title", draft.title(), TITLE_LIMIT);
		FieldViolation.requireText(violations, "body", draft.body(), BODY_LIMIT);
		if (draft.regionCode() != null && !RegionCode.isValid(draft.regionCode())) {
			violations.add(new FieldViolation("regionCode", "complaint.regionCode.invalid"));
		}
		if (draft.caseIds().size() > CASE_LIMIT) {
			violations.add(new FieldViolation("caseIds", "typicalCase.tooManyCases", CASE_LIMIT));
		}
		else {
			for (UUID caseId : draft.caseIds()) {
				if (!isCaseOf(campaignId, caseId)) {
					violations.add(new FieldViolation("caseIds", "typicalCase.unknownCase", caseId));
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private boolean isCaseOf(UUID campaignId, UUID caseId) {
		try {
			CaseView found = this.cases.get(caseId, Jurisdiction.everywhere());
			return found.campaignId().equals(campaignId);
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

}
