package org.ducha.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.ducha.accountability.AccountabilityForm;
import org.ducha.accountability.AccountabilityRegister;
import org.ducha.accountability.AccountabilityView;
import org.ducha.accountability.TargetType;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.regions.Regions;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;
import org.ducha.similarity.SiteTally;
import org.ducha.similarity.Sites;

/**
 * Dashboard series (看板) from the read model: each chart is a table — categories, named
 * series of numbers — that pages draw with ECharts and export as Excel. Charts of other
 * modules' data come from their {@link ChartSource}s.
 */
@Service
public class Charts {

	/** The charts drawn from the stats read model and the modules stats reads. */
	public static final List<String> NAMES = List.of("daily", "counties", "types", "funnel", "rates", "closure",
			"satisfaction", "hotSpots", "accountability");

	/** How many repeat sites the hot-spot chart shows at most. */
	static final int HOT_SPOTS_SHOWN = 20;

	private final JdbcClient jdbc;

	private final CampaignRegistry campaigns;

	private final Regions regions;

	private final MessageSource messages;

	private final Sites sites;

	private final AccountabilityRegister accountability;

	private final ObjectProvider<ChartSource> sources;

	Charts(JdbcClient jdbc, CampaignRegistry campaigns, Regions regions, MessageSource messages, Sites sites,
			AccountabilityRegister accountability, ObjectProvider<ChartSource> sources) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.regions = regions;
		this.messages = messages;
		this.sites = sites;
		this.accountability = accountability;
		this.sources = sources;
	}

	/**
	 * Every chart name: this module's, then those of the other modules' sources.
	 * @return the names in the order the dashboard shows them
	 */
	public List<String> names() {
		List<String> names = new ArrayList<>(NAMES);
		this.sources.orderedStream().forEach((source) -> names.addAll(source.charts()));
		return names;
	}

	/**
	 * One chart of a campaign for the whole stay and region.
	 * @param campaignId the campaign
	 * @param name one of {@link #names()}
	 * @param regionCode a region to restrict to, or null
	 * @return the series
	 */
	public ChartData chart(UUID campaignId, String name, String regionCode) {
		return chart(name, new ChartQuery(campaignId, null, null, regionCode));
	}

	/**
	 * One chart.
	 * @param name one of {@link #names()}
	 * @param query campaign, period and region
	 * @return the series
	 * @throws NotFoundException for an unknown campaign or chart
	 */
	public ChartData chart(String name, ChartQuery query) {
		this.campaigns.get(query.campaignId());
		ChartQuery.Where where = query.where();
		return switch (name) {
			case "daily" -> daily(where);
			case "counties" -> grouped(where, "counties", "region_code");
			case "types" -> types(query);
			case "funnel" -> funnel(where);
			case "rates" -> rates(where);
			case "closure" -> grouped(where, "closure", "closure");
			case "satisfaction" -> grouped(where, "satisfaction", "satisfaction");
			case "hotSpots" -> hotSpots(query);
			case "accountability" -> accountability(query);
			default -> this.sources.orderedStream()
				.filter((source) -> source.charts().contains(name))
				.findFirst()
				.map((source) -> source.chart(name, query))
				.orElseThrow(() -> new NotFoundException("chart.notFound", name));
		};
	}

	private ChartData daily(ChartQuery.Where where) {
		Map<String, Map<String, Long>> byDay = new LinkedHashMap<>();
		List<String> channels = List.of("PHONE", "LETTER", "VISIT", "ONLINE", "HOTLINE_12345");
		this.jdbc
			.sql("SELECT received_day, channel, COUNT(*) FROM stats_complaint" + where.sql()
					+ " AND received_day IS NOT NULL GROUP BY received_day, channel ORDER BY received_day")
			.params(where.params())
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

	private ChartData grouped(ChartQuery.Where where, String name, String column) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		this.jdbc
			.sql("SELECT " + column + " AS k, COUNT(*) AS n FROM stats_complaint" + where.sql() + " AND " + column
					+ " IS NOT NULL GROUP BY " + column + " ORDER BY n DESC, k")
			.params(where.params())
			.query((rs, i) -> {
				categories.add(rs.getString(1));
				counts.add(rs.getLong(2));
				return null;
			})
			.list();
		return new ChartData(name, categories, Map.of("count", counts));
	}

	private ChartData types(ChartQuery query) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT t.problem_type, COUNT(*) AS n FROM stats_complaint_type t");
		List<Object> params = new ArrayList<>();
		if (query.from() == null && query.to() == null && query.regionCode() == null) {
			sql.append(" WHERE t.campaign_id = ?");
			params.add(query.campaignId());
		}
		else {
			ChartQuery.Where where = query.where();
			sql.append(" WHERE t.complaint_id IN (SELECT complaint_id FROM stats_complaint")
				.append(where.sql())
				.append(") AND t.campaign_id = ?");
			params.addAll(where.params());
			params.add(query.campaignId());
		}
		sql.append(" GROUP BY t.problem_type ORDER BY n DESC, t.problem_type");
		this.jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
			categories.add(rs.getString(1));
			counts.add(rs.getLong(2));
			return null;
		}).list();
		return new ChartData("types", categories, Map.of("count", counts));
	}

	/**
	 * Per county: on-time sign-for and first report (%), return-for-rework rate (% of
	 * reported cases returned at least once), satisfaction (% satisfied or basically
	 * satisfied of those followed up).
	 */
	private ChartData rates(ChartQuery.Where where) {
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
				+ "SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END) " + "FROM stats_complaint" + where.sql()
				+ " AND transferred = TRUE GROUP BY region_code ORDER BY region_code")
			.params(where.params())
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

	private ChartData funnel(ChartQuery.Where where) {
		Map<String, Object> row = this.jdbc
			.sql("SELECT COUNT(*) AS received, SUM(CASE WHEN accepted THEN 1 ELSE 0 END) AS accepted, "
					+ "SUM(CASE WHEN transferred THEN 1 ELSE 0 END) AS transferred, "
					+ "SUM(CASE WHEN closure IS NOT NULL THEN 1 ELSE 0 END) AS concluded, "
					+ "SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS followed_up "
					+ "FROM stats_complaint" + where.sql())
			.params(where.params())
			.query()
			.singleRow();
		List<String> stages = List.of("received", "accepted", "transferred", "concluded", "followed_up");
		List<Long> values = stages.stream().map((stage) -> number(row, stage)).toList();
		return new ChartData("funnel", stages, Map.of("count", values));
	}

	/**
	 * 反复投诉点位: the sites complained about at least twice within the campaign, period and
	 * region (from the similarity module's sites), with their count across campaigns.
	 */
	private ChartData hotSpots(ChartQuery query) {
		List<SiteTally> tallies = this.sites.ofCampaign(query.campaignId(), query.from(), query.to(),
				(query.regionCode() != null) ? new RegionCode(query.regionCode()).prefix() : null, 2, HOT_SPOTS_SHOWN);
		Map<String, List<Long>> series = new LinkedHashMap<>();
		series.put("complaints", tallies.stream().map((site) -> (long) site.complaints()).toList());
		series.put("allComplaints", tallies.stream().map((site) -> (long) site.allComplaints()).toList());
		return new ChartData("hotSpots", tallies.stream().map(SiteTally::name).toList(), series);
	}

	/**
	 * 问责: records by form, persons and units apart, decided within the period; with a
	 * region, the records linked to at least one case of that region.
	 */
	private ChartData accountability(ChartQuery query) {
		List<AccountabilityView> records = this.accountability.ofCampaign(query.campaignId())
			.stream()
			.filter((record) -> query.from() == null && query.to() == null || query.includes(record.decidedOn()))
			.toList();
		if (query.regionCode() != null) {
			Set<UUID> inRegion = casesInRegion(query);
			records = records.stream()
				.filter((record) -> record.caseIds().stream().anyMatch(inRegion::contains))
				.toList();
		}
		Map<AccountabilityForm, long[]> counts = new EnumMap<>(AccountabilityForm.class);
		for (AccountabilityForm form : AccountabilityForm.values()) {
			counts.put(form, new long[2]);
		}
		records.forEach((record) -> counts.get(record.form())[(record.targetType() == TargetType.PERSON) ? 0 : 1]++);
		Map<String, List<Long>> series = new LinkedHashMap<>();
		series.put("persons", counts.values().stream().map((pair) -> pair[0]).toList());
		series.put("units", counts.values().stream().map((pair) -> pair[1]).toList());
		return new ChartData("accountability", counts.keySet().stream().map(Enum::name).toList(), series);
	}

	private Set<UUID> casesInRegion(ChartQuery query) {
		return Set.copyOf(this.jdbc.sql(
				"SELECT case_id FROM stats_complaint WHERE campaign_id = ? AND region_code LIKE ? AND case_id IS NOT NULL")
			.params(query.campaignId(), query.regionPattern())
			.query(UUID.class)
			.list());
	}

	private static long number(Map<String, Object> row, String column) {
		Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(Locale.ROOT));
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	/**
	 * The chart with its categories and series named for readers: channels, problem
	 * types, stages, closures and answers in the reader's language, counties by name.
	 * @param data the chart
	 * @param locale the reader's language
	 * @return the same numbers, labelled
	 */
	public ChartData labelled(ChartData data, Locale locale) {
		List<String> categories = data.categories().stream().map((category) -> label(category, locale)).toList();
		Map<String, List<Long>> series = new LinkedHashMap<>();
		data.series().forEach((name, values) -> series.put(label(name, locale), values));
		return new ChartData(data.name(), categories, series);
	}

	private String label(String code, Locale locale) {
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
