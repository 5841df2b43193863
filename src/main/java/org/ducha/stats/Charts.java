package org.ducha.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;

/**
 * Dashboard series (看板) from the read model: each chart is a table — categories, named
 * series of numbers — that pages draw with ECharts and export as Excel.
 */
@Service
public class Charts {

	/** The charts there are. */
	public static final List<String> NAMES = List.of("daily", "counties", "types", "funnel", "closure", "satisfaction");

	private final JdbcClient jdbc;

	private final CampaignRegistry campaigns;

	private final org.ducha.regions.Regions regions;

	private final org.springframework.context.MessageSource messages;

	Charts(JdbcClient jdbc, CampaignRegistry campaigns, org.ducha.regions.Regions regions,
			org.springframework.context.MessageSource messages) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.regions = regions;
		this.messages = messages;
	}

	/**
	 * One chart of a campaign.
	 * @param campaignId the campaign
	 * @param name one of {@link #NAMES}
	 * @param regionCode a region to restrict to, or null
	 * @return the series
	 */
	public ChartData chart(UUID campaignId, String name, String regionCode) {
		this.campaigns.get(campaignId);
		String region = RegionCode.isValid(regionCode) ? new RegionCode(regionCode).prefix() + "%" : "%";
		return switch (name) {
			case "daily" -> daily(campaignId, region);
			case "counties" -> grouped(campaignId, region, "region_code", "COALESCE(region_code, '-')");
			case "types" -> types(campaignId, region);
			case "funnel" -> funnel(campaignId, region);
			case "rates" -> rates(campaignId, region);
			case "closure" -> grouped(campaignId, region, "closure", "closure");
			case "satisfaction" -> grouped(campaignId, region, "satisfaction", "satisfaction");
			default -> throw new NotFoundException("chart.notFound", name);
		};
	}

	private ChartData daily(UUID campaignId, String region) {
		Map<String, Map<String, Long>> byDay = new LinkedHashMap<>();
		List<String> channels = List.of("PHONE", "LETTER", "VISIT", "ONLINE", "HOTLINE_12345");
		this.jdbc
			.sql("SELECT received_day, channel, COUNT(*) FROM stats_complaint WHERE campaign_id = ? "
					+ "AND COALESCE(region_code, '') LIKE ? AND received_day IS NOT NULL "
					+ "GROUP BY received_day, channel ORDER BY received_day")
			.params(campaignId, region)
			.query((rs, i) -> {
				byDay.computeIfAbsent(rs.getDate(1).toString(), (day) -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getLong(3));
				return null;
			})
			.list();
		Map<String, List<Long>> series = new LinkedHashMap<>();
		for (String channel : channels) {
			series.put(channel, byDay.values().stream().map((counts) -> counts.getOrDefault(channel, 0L)).toList());
		}
		return new ChartData("daily", new ArrayList<>(byDay.keySet()), series);
	}

	private ChartData grouped(UUID campaignId, String region, String column, String expression) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		this.jdbc
			.sql("SELECT " + expression + " AS k, COUNT(*) AS n FROM stats_complaint WHERE campaign_id = ? "
					+ "AND COALESCE(region_code, '') LIKE ? AND " + column + " IS NOT NULL GROUP BY " + expression
					+ " ORDER BY n DESC, k")
			.params(campaignId, region)
			.query((rs, i) -> {
				categories.add(rs.getString(1));
				counts.add(rs.getLong(2));
				return null;
			})
			.list();
		return new ChartData(column, categories, Map.of("count", counts));
	}

	private ChartData types(UUID campaignId, String region) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		this.jdbc.sql("SELECT t.problem_type, COUNT(*) AS n FROM stats_complaint_type t JOIN stats_complaint c "
				+ "ON c.complaint_id = t.complaint_id WHERE t.campaign_id = ? AND COALESCE(c.region_code, '') LIKE ? "
				+ "GROUP BY t.problem_type ORDER BY n DESC, t.problem_type")
			.params(campaignId, region)
			.query((rs, i) -> {
				categories.add(rs.getString(1));
				counts.add(rs.getLong(2));
				return null;
			})
			.list();
		return new ChartData("types", categories, Map.of("count", counts));
	}

	/**
	 * Per county: on-time sign-for and first report (%), return-for-rework rate (% of
	 * reported cases returned at least once), satisfaction (% satisfied or basically
	 * satisfied of those followed up).
	 */
	private ChartData rates(UUID campaignId, String region) {
		List<String> counties = new ArrayList<>();
		Map<String, List<Long>> series = new LinkedHashMap<>();
		for (String name : List.of("signOnTime", "reportOnTime", "returned", "satisfied")) {
			series.put(name, new ArrayList<>());
		}
		this.jdbc.sql("SELECT region_code, "
				+ "SUM(CASE WHEN signed_on_time THEN 1 ELSE 0 END), SUM(CASE WHEN signed_on_time IS NOT NULL THEN 1 ELSE 0 END), "
				+ "SUM(CASE WHEN reported_on_time THEN 1 ELSE 0 END), SUM(CASE WHEN reported_on_time IS NOT NULL THEN 1 ELSE 0 END), "
				+ "SUM(CASE WHEN returns > 0 THEN 1 ELSE 0 END), "
				+ "SUM(CASE WHEN satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END), "
				+ "SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END) "
				+ "FROM stats_complaint WHERE campaign_id = ? AND transferred = TRUE AND COALESCE(region_code, '') LIKE ? "
				+ "GROUP BY region_code ORDER BY region_code")
			.params(campaignId, region)
			.query((rs, i) -> {
				counties.add(rs.getString(1));
				series.get("signOnTime").add(percent(rs.getLong(2), rs.getLong(3)));
				series.get("reportOnTime").add(percent(rs.getLong(4), rs.getLong(5)));
				series.get("returned").add(percent(rs.getLong(6), rs.getLong(5)));
				series.get("satisfied").add(percent(rs.getLong(7), rs.getLong(8)));
				return null;
			})
			.list();
		return new ChartData("rates", counties, series);
	}

	private static long percent(long part, long whole) {
		return (whole == 0) ? 0 : Math.round(100.0 * part / whole);
	}

	private ChartData funnel(UUID campaignId, String region) {
		Map<String, Object> row = this.jdbc
			.sql("SELECT COUNT(*) AS received, SUM(CASE WHEN accepted THEN 1 ELSE 0 END) AS accepted, "
					+ "SUM(CASE WHEN transferred THEN 1 ELSE 0 END) AS transferred, "
					+ "SUM(CASE WHEN closure IS NOT NULL THEN 1 ELSE 0 END) AS concluded, "
					+ "SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS followed_up "
					+ "FROM stats_complaint WHERE campaign_id = ? AND COALESCE(region_code, '') LIKE ?")
			.params(campaignId, region)
			.query()
			.singleRow();
		List<String> stages = List.of("received", "accepted", "transferred", "concluded", "followed_up");
		List<Long> values = stages.stream().map((stage) -> number(row, stage)).toList();
		return new ChartData("funnel", stages, Map.of("count", values));
	}

	private static long number(Map<String, Object> row, String column) {
		Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	/**
	 * The chart with its categories and series named for readers: channels, problem
	 * types, stages, closures and answers in the reader's language, counties by name.
	 * @param data the chart
	 * @param locale the reader's language
	 * @return the same numbers, labelled
	 */
	public ChartData labelled(ChartData data, java.util.Locale locale) {
		List<String> categories = data.categories().stream().map((category) -> label(category, locale)).toList();
		Map<String, List<Long>> series = new LinkedHashMap<>();
		data.series().forEach((name, values) -> series.put(label(name, locale), values));
		return new ChartData(data.name(), categories, series);
	}

	private String label(String code, java.util.Locale locale) {
		if (RegionCode.isValid(code)) {
			return this.regions.find(code).map((region) -> region.name()).orElse(code);
		}
		return this.messages.getMessage("chartLabel." + code, null, code, locale);
	}

	/**
	 * A chart's data.
	 *
	 * @param name what it shows
	 * @param categories the x axis (days, counties, stages, outcomes)
	 * @param series named series of values, one per category
	 */
	public record ChartData(String name, List<String> categories, Map<String, List<Long>> series) {

	}

}
