package org.ducha.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.ducha.accountability.AccountabilityForm;
import org.ducha.accountability.AccountabilityRegister;
import org.ducha.accountability.AccountabilityTally;
import org.ducha.accountability.TargetType;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.regions.Regions;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;
import org.ducha.similarity.SiteTally;
import org.ducha.similarity.Sites;

/**
 * Dashboard series (看板) from the read model's aggregate ({@link StatsDaily}): each chart
 * is a table — categories, named series of numbers — that pages draw with ECharts and
 * export as Excel. Charts of other modules' data come from their {@link ChartSource}s.
 */
@Service
public class Charts {

	/** The charts drawn from the stats read model and the modules stats reads. */
	public static final List<String> NAMES = List.of("daily", "counties", "types", "funnel", "rates", "closure",
			"satisfaction", "hotSpots", "accountability");

	/** The closures (as stored) and the aggregate's column of each. */
	private static final Map<String, String> CLOSURES = Map.of("CLOSED", "closed", "PARTLY_CLOSED", "partly_closed",
			"OPEN", "concluded_open");

	/** The follow-up answers (as stored) and the aggregate's column of each. */
	private static final Map<String, String> ANSWERS = Map.of("SATISFIED", "satisfied", "BASICALLY_SATISFIED",
			"basically_satisfied", "DISSATISFIED", "dissatisfied", "UNREACHABLE", "unreachable");

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
		ChartQuery.Where where = query.daily();
		return switch (name) {
			case "daily" -> daily(where);
			case "counties" -> counties(where);
			case "types" -> types(where);
			case "funnel" -> funnel(where);
			case "rates" -> rates(where);
			case "closure" -> columns(where, "closure", CLOSURES);
			case "satisfaction" -> columns(where, "satisfaction", ANSWERS);
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
			.sql("SELECT received_day, channel, SUM(received) FROM stats_daily" + where.sql()
					+ " AND received_day <> ? GROUP BY received_day, channel HAVING SUM(received) > 0 "
					+ "ORDER BY received_day")
			.params(with(where.params(), java.sql.Date.valueOf(StatsDaily.NO_DAY)))
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

	private ChartData counties(ChartQuery.Where where) {
		return ranked("counties",
				"SELECT region_code AS k, SUM(received) AS n FROM stats_daily" + where.sql()
						+ " AND region_code <> '' GROUP BY region_code HAVING SUM(received) > 0 ORDER BY n DESC, k",
				where.params());
	}

	/**
	 * A chart of one count per category, read as (category, count) rows in order.
	 */
	private ChartData ranked(String name, String sql, List<Object> params) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		this.jdbc.sql(sql).params(params).query((rs, i) -> {
			categories.add(rs.getString(1));
			counts.add(rs.getLong(2));
			return null;
		}).list();
		return new ChartData(name, categories, Map.of("count", counts));
	}

	/**
	 * Values that are columns of the aggregate (closures, answers): those counted, most
	 * first, then by value.
	 */
	private ChartData columns(ChartQuery.Where where, String name, Map<String, String> columns) {
		List<String> values = columns.keySet().stream().sorted().toList();
		Map<String, Object> row = this.jdbc.sql("SELECT " + String.join(", ",
				values.stream().map((value) -> "SUM(" + columns.get(value) + ") AS " + columns.get(value)).toList())
				+ " FROM stats_daily" + where.sql())
			.params(where.params())
			.query()
			.singleRow();
		List<Map.Entry<String, Long>> counted = values.stream()
			.map((value) -> Map.entry(value, number(row, columns.get(value))))
			.filter((entry) -> entry.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
		return new ChartData(name, counted.stream().map(Map.Entry::getKey).toList(),
				Map.of("count", counted.stream().map(Map.Entry::getValue).toList()));
	}

	private ChartData types(ChartQuery.Where where) {
		return ranked("types",
				"SELECT problem_type, SUM(complaints) AS n FROM stats_daily_type" + where.sql()
						+ " GROUP BY problem_type HAVING SUM(complaints) > 0 ORDER BY n DESC, problem_type",
				where.params());
	}

	private static List<Object> with(List<Object> params, Object more) {
		List<Object> all = new ArrayList<>(params);
		all.add(more);
		return all;
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
		// a region not known yet (kept as '') is the NULL group, which both databases
		// sort last
		this.jdbc
			.sql("SELECT region_code, SUM(tr_signed_on_time), SUM(tr_signed_known), SUM(tr_reported_on_time), "
					+ "SUM(tr_reported_known), SUM(tr_returned), SUM(tr_satisfied), SUM(tr_followed_up) "
					+ "FROM stats_daily" + where.sql() + " GROUP BY region_code HAVING SUM(transferred) > 0 "
					+ "ORDER BY CASE WHEN region_code = '' THEN 1 ELSE 0 END, region_code")
			.params(where.params())
			.query((rs, i) -> {
				counties.add(rs.getString(1).isEmpty() ? null : rs.getString(1));
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
			.sql("SELECT SUM(received) AS received, SUM(accepted) AS accepted, SUM(transferred) AS transferred, "
					+ "SUM(closed + partly_closed + concluded_open) AS concluded, "
					+ "SUM(satisfied + basically_satisfied + dissatisfied + unreachable) AS followed_up FROM stats_daily"
					+ where.sql())
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
		List<AccountabilityTally> records = this.accountability.tallies(query.campaignId())
			.stream()
			.filter((record) -> query.from() == null && query.to() == null || query.includes(record.decidedOn()))
			.toList();
		if (query.regionCode() != null) {
			Set<UUID> inRegion = casesInRegion(query,
					records.stream().flatMap((record) -> record.caseIds().stream()).collect(Collectors.toSet()));
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

	/**
	 * Those of the linked cases that are of the campaign and region (by the case index, a
	 * few hundred at a time, rather than every case of the region).
	 */
	private Set<UUID> casesInRegion(ChartQuery query, Set<UUID> linked) {
		List<UUID> ids = new ArrayList<>(linked);
		Set<UUID> found = new HashSet<>();
		for (int i = 0; i < ids.size(); i += 500) {
			List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
			List<Object> params = new ArrayList<>(chunk);
			params.add(query.campaignId());
			params.add(query.regionPattern());
			found.addAll(
					this.jdbc
						.sql("SELECT case_id FROM stats_complaint WHERE case_id IN ("
								+ String.join(", ", Collections.nCopies(chunk.size(), "?"))
								+ ") AND campaign_id = ? AND region_code LIKE ?")
						.params(params)
						.query(UUID.class)
						.list());
		}
		return found;
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
