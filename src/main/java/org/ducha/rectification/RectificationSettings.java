package org.ducha.rectification;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A campaign's rectification settings: public notice length, look-back interval, reminder
 * window and the slip tolerance of the yellow warning.
 */
@Entity
@Table(name = "rectification_settings")
class RectificationSettings {

	static final int DEFAULT_NOTICE_DAYS = 10;

	static final int DEFAULT_LOOKBACK_MONTHS = 12;

	static final int DEFAULT_REMINDER_DAYS = 3;

	static final int DEFAULT_SLIP_TOLERANCE = 10;

	@Id
	@Column(name = "campaign_id")
	private UUID campaignId;

	@Column(name = "notice_days", nullable = false)
	private int noticeDays;

	@Column(name = "lookback_months", nullable = false)
	private int lookbackMonths;

	@Column(name = "reminder_days", nullable = false)
	private int reminderDays;

	@Column(name = "slip_tolerance", nullable = false)
	private int slipTolerance;

	protected RectificationSettings() {
	}

	RectificationSettings(UUID campaignId, SettingsView values) {
		this.campaignId = campaignId;
		change(values);
	}

	static SettingsView defaults() {
		return new SettingsView(DEFAULT_NOTICE_DAYS, DEFAULT_LOOKBACK_MONTHS, DEFAULT_REMINDER_DAYS,
				DEFAULT_SLIP_TOLERANCE);
	}

	void change(SettingsView values) {
		this.noticeDays = values.noticeDays();
		this.lookbackMonths = values.lookbackMonths();
		this.reminderDays = values.reminderDays();
		this.slipTolerance = values.slipTolerance();
	}

	SettingsView view() {
		return new SettingsView(this.noticeDays, this.lookbackMonths, this.reminderDays, this.slipTolerance);
	}

}
