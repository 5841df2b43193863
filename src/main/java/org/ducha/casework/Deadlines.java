package org.ducha.casework;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaigns.CampaignDetails;

/**
 * Due days for a transfer on a given day: sign-for in working days, the report in
 * calendar or working days as configured, both on the Chinese working-day calendar.
 */
@Component
class Deadlines {

	private final WorkingCalendar calendar;

	private final CaseworkSettings settings;

	Deadlines(WorkingCalendar calendar, CaseworkSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	LocalDate signDue(LocalDate transferredOn) {
		return this.calendar.plusWorkingDays(transferredOn, this.settings.signWorkingDays());
	}

	LocalDate reportDue(LocalDate transferredOn, CampaignDetails campaign) {
		return (this.settings.reportClock() == CaseworkSettings.Clock.WORKING)
				? this.calendar.plusWorkingDays(transferredOn, campaign.reportDueDays())
				: transferredOn.plusDays(campaign.reportDueDays());
	}

}
