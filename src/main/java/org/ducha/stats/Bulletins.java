package org.ducha.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

/**
 * 通报: a campaign's figures for a period and optionally a region, from the read model,
 * with the sentence the bulletins publish.
 */
@Service
public class Bulletins {

	private static final List<String> VERDICTS = List.of("TRUE", "MOSTLY_TRUE", "PARTLY_TRUE", "FALSE");

	private static final List<String> ANSWERS = List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

	private final JdbcClient jdbc;

	private final CampaignRegistry campaigns;

	private final MessageSource messages;

	Bulletins(JdbcClient jdbc, CampaignRegistry campaigns, MessageSource messages) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	/**
	 * The bulletin of a campaign.
	 * @param campaignId the campaign
	 * @param from first day received (default: the first day of the stay)
	 * @param to last day received (default: today)
	 * @param regionCode a region and those below, or null
	 * @param locale the language of the sentence
	 * @return the figures
	 */
	public Bulletin of(UUID campaignId, LocalDate from, LocalDate to, String regionCode, Locale locale) {
		CampaignDetails campaign = this.campaigns.get(campaignId);
		ChartQuery.Where filter = new ChartQuery(campaignId, from, to, regionCode).where();
		String where = filter.sql();
		List<Object> params = filter.params();
		Map<String, Object> row = this.jdbc.sql("SELECT COUNT(*) AS received, "
				+ "SUM(CASE WHEN accepted THEN 1 ELSE 0 END) AS accepted, "
				+ "SUM(CASE WHEN transferred THEN 1 ELSE 0 END) AS transferred, "
				+ "COUNT(DISTINCT batch_number) AS batches, "
				+ "SUM(CASE WHEN closure = 'CLOSED' THEN 1 ELSE 0 END) AS closed, "
				+ "SUM(CASE WHEN closure = 'PARTLY_CLOSED' THEN 1 ELSE 0 END) AS partly_closed, "
				+ "SUM(COALESCE(ordered_to_rectify, 0)) AS ordered_to_rectify, "
				+ "SUM(COALESCE(penalised_units, 0)) AS penalised_units, SUM(COALESCE(fines_yuan, 0)) AS fines_yuan, "
				+ "SUM(COALESCE(criminal_cases, 0)) AS criminal_cases, "
				+ "SUM(COALESCE(administrative_detentions, 0)) AS administrative_detentions, "
				+ "SUM(COALESCE(criminal_detentions, 0)) AS criminal_detentions, "
				+ "SUM(COALESCE(summoned_persons, 0)) AS summoned_persons, "
				+ "SUM(COALESCE(accountable_persons, 0)) AS accountable_persons, " + counted("verdict", "v_", VERDICTS)
				+ ", " + counted("satisfaction", "s_", ANSWERS) + " FROM stats_complaint" + where)
			.params(params)
			.query()
			.singleRow();
		Map<String, Long> verified = new LinkedHashMap<>();
		for (String verdict : VERDICTS) {
			verified.put(verdict, number(row, "v_" + verdict.toLowerCase(Locale.ROOT)));
		}
		Map<String, Long> satisfaction = new LinkedHashMap<>();
		for (String answer : ANSWERS) {
			satisfaction.put(answer, number(row, "s_" + answer.toLowerCase(Locale.ROOT)));
		}
		long transferred = number(row, "transferred");
		long closed = number(row, "closed");
		long partlyClosed = number(row, "partly_closed");
		long fines = number(row, "fines_yuan");
		LocalDate until = (to != null) ? to : campaign.period().end();
		String text = this.messages.getMessage("bulletin.text",
				new Object[] { until.toString(), number(row, "received"), number(row, "batches"), transferred, closed,
						partlyClosed, transferred - closed - partlyClosed, number(row, "ordered_to_rectify"),
						number(row, "penalised_units"),
						BigDecimal.valueOf(fines)
							.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)
							.stripTrailingZeros()
							.toPlainString(),
						number(row, "criminal_cases"),
						number(row, "administrative_detentions") + number(row, "criminal_detentions"),
						number(row, "summoned_persons"), number(row, "accountable_persons") },
				locale);
		return new Bulletin(number(row, "received"), number(row, "accepted"), transferred, number(row, "batches"),
				closed, partlyClosed, transferred - closed - partlyClosed, verified, number(row, "ordered_to_rectify"),
				number(row, "penalised_units"), fines, number(row, "criminal_cases"),
				number(row, "administrative_detentions"), number(row, "criminal_detentions"),
				number(row, "summoned_persons"), number(row, "accountable_persons"), satisfaction, text);
	}

	/**
	 * One column per value, so the bulletin is read in a single pass over the rows.
	 */
	private static String counted(String column, String prefix, List<String> values) {
		return String.join(", ",
				values.stream()
					.map((value) -> "SUM(CASE WHEN " + column + " = '" + value + "' THEN 1 ELSE 0 END) AS " + prefix
							+ value.toLowerCase(Locale.ROOT))
					.toList());
	}

	private static long number(Map<String, Object> row, String column) {
		Object value = row.get(column);
		if (value == null) {
			value = row.get(column.toUpperCase(Locale.ROOT));
		}
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

}
