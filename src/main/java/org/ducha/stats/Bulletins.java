package org.ducha.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
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
 * 通报: a campaign's figures for a period and optionally a region, from the read model's
 * aggregate ({@link StatsDaily}: a few thousand rows per campaign), with the sentence the
 * bulletins publish.
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
		ChartQuery.Where filter = new ChartQuery(campaignId, from, to, regionCode).daily();
		String where = filter.sql();
		List<Object> params = filter.params();
		Map<String, Object> row = this.jdbc
			.sql("SELECT SUM(received) AS received, SUM(accepted) AS accepted, "
					+ "SUM(transferred) AS transferred, SUM(closed) AS closed, SUM(partly_closed) AS partly_closed, "
					+ "SUM(ordered_to_rectify) AS ordered_to_rectify, SUM(penalised_units) AS penalised_units, "
					+ "SUM(fines_yuan) AS fines_yuan, SUM(criminal_cases) AS criminal_cases, "
					+ "SUM(administrative_detentions) AS administrative_detentions, "
					+ "SUM(criminal_detentions) AS criminal_detentions, SUM(summoned_persons) AS summoned_persons, "
					+ "SUM(accountable_persons) AS accountable_persons, " + summed("verdict_", VERDICTS) + ", "
					+ summed("", ANSWERS) + " FROM stats_daily" + where)
			.params(params)
			.query()
			.singleRow();
		row = new HashMap<>(row);
		row.put("batches",
				this.jdbc
					.sql("SELECT COUNT(DISTINCT batch_number) FROM stats_daily_batch" + where + " AND complaints > 0")
					.params(params)
					.query(Long.class)
					.single());
		Map<String, Long> verified = new LinkedHashMap<>();
		for (String verdict : VERDICTS) {
			verified.put(verdict, number(row, "verdict_" + verdict.toLowerCase(Locale.ROOT)));
		}
		Map<String, Long> satisfaction = new LinkedHashMap<>();
		for (String answer : ANSWERS) {
			satisfaction.put(answer, number(row, answer.toLowerCase(Locale.ROOT)));
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
	 * The aggregate's column of each value ({@code verdict_true}, {@code satisfied}, …),
	 * summed.
	 */
	private static String summed(String prefix, List<String> values) {
		return String.join(", ", values.stream().map((value) -> {
			String column = prefix + value.toLowerCase(Locale.ROOT);
			return "SUM(" + column + ") AS " + column;
		}).toList());
	}

	private static long number(Map<String, Object> row, String column) {
		Object value = row.get(column);
		if (value == null) {
			value = row.get(column.toUpperCase(Locale.ROOT));
		}
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

}
