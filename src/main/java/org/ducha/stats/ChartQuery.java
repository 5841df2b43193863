package org.ducha.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ducha.shared.FieldViolation;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

/**
 * The filters of the bulletin and every dashboard chart: a campaign, a period of receipt
 * (both ends optional, inclusive) and a region with those below it (optional).
 *
 * @param campaignId the campaign
 * @param from the first day, or null
 * @param to the last day, or null
 * @param regionCode a province, city or county code, or null
 */
public record ChartQuery(UUID campaignId, LocalDate from, LocalDate to, String regionCode) {

	/**
	 * Checks the filters.
	 * @throws RuleViolationException for a malformed region code or a reversed period
	 */
	public ChartQuery {
		if (regionCode != null && regionCode.isBlank()) {
			regionCode = null;
		}
		if (regionCode != null && !RegionCode.isValid(regionCode)) {
			throw new RuleViolationException(new FieldViolation("regionCode", "complaint.regionCode.invalid"));
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolationException(new FieldViolation("to", "bulletin.period.reversed"));
		}
	}

	/**
	 * The region's code prefix with a trailing wildcard, or null.
	 * @return the LIKE pattern
	 */
	public String regionPattern() {
		return (this.regionCode != null) ? new RegionCode(this.regionCode).prefix() + "%" : null;
	}

	/**
	 * Whether a day lies in the period.
	 * @param day a day, possibly null
	 * @return true when no end excludes it
	 */
	public boolean includes(LocalDate day) {
		return day != null && (this.from == null || !day.isBefore(this.from))
				&& (this.to == null || !day.isAfter(this.to));
	}

	/** The WHERE clause over {@code stats_complaint} (alias-free) and its parameters. */
	Where where() {
		StringBuilder sql = new StringBuilder(" WHERE campaign_id = ?");
		List<Object> params = new ArrayList<>(List.of(this.campaignId));
		if (this.from != null) {
			sql.append(" AND received_day >= ?");
			params.add(Date.valueOf(this.from));
		}
		if (this.to != null) {
			sql.append(" AND received_day <= ?");
			params.add(Date.valueOf(this.to));
		}
		if (this.regionCode != null) {
			sql.append(" AND region_code LIKE ?");
			params.add(regionPattern());
		}
		return new Where(sql.toString(), params);
	}

	/**
	 * The WHERE clause over the aggregate tables ({@code stats_daily} and its batch and
	 * type tables): the same filters; rows of complaints whose day is not known yet (kept
	 * under {@link StatsDaily#NO_DAY}) are left out by any period, as a NULL day is.
	 */
	Where daily() {
		Where where = where();
		if (this.from == null && this.to == null) {
			return where;
		}
		List<Object> params = new ArrayList<>(where.params());
		params.add(Date.valueOf(StatsDaily.NO_DAY));
		return new Where(where.sql() + " AND received_day <> ?", params);
	}

	record Where(String sql, List<Object> params) {

	}

}
