package org.ducha.notifications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.Fixtures;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;
import org.ducha.shared.RegionCode;

/**
 * Complaints, batches and accounts for the notification tests, made through the
 * application's own services.
 */
final class NoticeScenario {

	/** A handler of 尧都区 with an e-mail address (only these tests give officers one). */
	static final String MAIL_HANDLER = "t-notice-handler";

	static final String MAIL_ADDRESS = "handler@yaodu.example";

	static final CurrentOfficer TEAM_OFFICER = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER,
			Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere());

	private NoticeScenario() {
	}

	static void ensureAccounts(OfficerAccounts accounts, OfficerAddresses addresses) {
		Fixtures.ensureAccounts(accounts);
		synchronized (NoticeScenario.class) {
			if (!accounts.exists(MAIL_HANDLER)) {
				accounts.open(MAIL_HANDLER, Fixtures.PASSWORD, MAIL_HANDLER, Set.of(Role.LOCAL_HANDLER),
						Set.of(new RegionCode("141002")));
			}
		}
		addresses.set(MAIL_HANDLER, MAIL_ADDRESS, null);
	}

	static UUID register(ComplaintIntake intake, CampaignDetails campaign, ComplainantDetails complainant) {
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), Channel.PHONE, null, null,
				new ReportedObject("某砖厂", null), null, "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null,
				null, "141002", complainant);
		return intake.register(campaign.id(), registration, Fixtures.CLERK, null).complaint().id();
	}

	static UUID accepted(ComplaintIntake intake, CampaignDetails campaign) {
		UUID id = register(intake, campaign, ComplainantDetails.ANONYMOUS);
		intake.screen(id, ScreeningDecision.ACCEPT, null, null, TEAM_OFFICER);
		return id;
	}

	static BatchView transferOne(BatchTransfers batches, ComplaintIntake intake, CampaignRegistry campaigns) {
		CampaignDetails campaign = Fixtures.linfenCampaign(campaigns);
		UUID complaint = accepted(intake, campaign);
		BatchView draft = batches.compose(campaign.id(), List.of(complaint), Set.of(), Set.of(), Fixtures.OFFICER);
		return batches.transfer(draft.id(), Fixtures.OFFICER);
	}

}
