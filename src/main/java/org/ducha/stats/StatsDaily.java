package org.ducha.stats;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pre-aggregated read model ({@code stats_daily}, {@code stats_daily_batch},
 * {@code stats_daily_type}): the bulletin's and the dashboard's counts and sums per
 * campaign, day of receipt, region and channel (per batch, per problem type), so that a
 * bulletin or a chart reads a few thousand rows instead of every complaint.
 * <p>
 * {@code stats_complaint} stays the per-complaint truth: a change to a complaint's row is
 * applied to the aggregate as the difference between what the row counted before and
 * after ({@link #apply}), each aggregate row changed by an atomic {@code SET x = x + ?}.
 * Aggregate rows are touched in key order (daily, then batch, then type rows), after the
 * complaint's own row is locked, so two listeners never wait for each other in a cycle.
 * {@link #refill} recomputes a campaign's aggregate from {@code stats_complaint}.
 */
@Component
class StatsDaily {

	/** The day a complaint counts under while its day of receipt is not known. */
	static final LocalDate NO_DAY = LocalDate.of(1900, 1, 1);

	/**
	 * The counter columns of {@code stats_daily}, in the order of
	 * {@link Snapshot#counters()}.
	 */
	static final List<String> COUNTERS = List.of("received", "accepted", "transferred", "closed", "partly_closed",
			"concluded_open", "verdict_true", "verdict_mostly_true", "verdict_partly_true", "verdict_false",
			"ordered_to_rectify", "penalised_units", "fines_yuan", "criminal_cases", "administrative_detentions",
			"criminal_detentions", "summoned_persons", "accountable_persons", "satisfied", "basically_satisfied",
			"dissatisfied", "unreachable", "tr_signed_on_time", "tr_signed_known", "tr_reported_on_time",
			"tr_reported_known", "tr_returned", "tr_satisfied", "tr_followed_up");

	/**
	 * The same counters as SQL over {@code stats_complaint} (V30 backfills with the same
	 * expressions).
	 */
	private static final String SUMS = "COUNT(*), SUM(CASE WHEN accepted THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred THEN 1 ELSE 0 END), SUM(CASE WHEN closure = 'CLOSED' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN closure = 'PARTLY_CLOSED' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN closure = 'OPEN' THEN 1 ELSE 0 END), SUM(CASE WHEN verdict = 'TRUE' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN verdict = 'MOSTLY_TRUE' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN verdict = 'PARTLY_TRUE' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN verdict = 'FALSE' THEN 1 ELSE 0 END), SUM(COALESCE(ordered_to_rectify, 0)), "
			+ "SUM(COALESCE(penalised_units, 0)), SUM(COALESCE(fines_yuan, 0)), SUM(COALESCE(criminal_cases, 0)), "
			+ "SUM(COALESCE(administrative_detentions, 0)), SUM(COALESCE(criminal_detentions, 0)), "
			+ "SUM(COALESCE(summoned_persons, 0)), SUM(COALESCE(accountable_persons, 0)), "
			+ "SUM(CASE WHEN satisfaction = 'SATISFIED' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN satisfaction = 'DISSATISFIED' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN satisfaction = 'UNREACHABLE' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred AND signed_on_time THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred AND signed_on_time IS NOT NULL THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred AND reported_on_time THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred AND reported_on_time IS NOT NULL THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred AND returns > 0 THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred AND satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN transferred AND satisfaction IS NOT NULL THEN 1 ELSE 0 END)";

	private static final String DAY = "COALESCE(received_day, DATE '1900-01-01')";

	/**
	 * A campaign's aggregate rows recomputed from {@code stats_complaint}, one statement
	 * per table, each selecting the campaign and the row's key first.
	 */
	private static final String DAILY_COUNTS = "SELECT campaign_id, " + DAY
			+ ", COALESCE(region_code, ''), COALESCE(channel, ''), " + SUMS
			+ " FROM stats_complaint WHERE campaign_id = ? GROUP BY campaign_id, " + DAY
			+ ", COALESCE(region_code, ''), COALESCE(channel, '')";

	private static final String BATCH_COUNTS = "SELECT campaign_id, " + DAY
			+ ", COALESCE(region_code, ''), batch_number, COUNT(*) FROM stats_complaint "
			+ "WHERE campaign_id = ? AND batch_number IS NOT NULL GROUP BY campaign_id, " + DAY
			+ ", COALESCE(region_code, ''), batch_number";

	private static final String TYPE_COUNTS = "SELECT c.campaign_id, " + DAY
			+ ", COALESCE(region_code, ''), t.problem_type, COUNT(*) FROM stats_complaint_type t "
			+ "JOIN stats_complaint c ON c.complaint_id = t.complaint_id WHERE c.campaign_id = ? "
			+ "GROUP BY c.campaign_id, " + DAY + ", COALESCE(region_code, ''), t.problem_type";

	private static final String ROW = "SELECT campaign_id, received_day, region_code, channel, batch_number, accepted, "
			+ "transferred, closure, verdict, ordered_to_rectify, penalised_units, fines_yuan, criminal_cases, "
			+ "administrative_detentions, criminal_detentions, summoned_persons, accountable_persons, satisfaction, "
			+ "signed_on_time, reported_on_time, returns FROM stats_complaint WHERE complaint_id = ?";

	private static final String UPDATE_DAILY;

	static {
		StringBuilder sql = new StringBuilder("UPDATE stats_daily SET ");
		for (int i = 0; i < COUNTERS.size(); i++) {
			sql.append((i > 0) ? ", " : "")
				.append(COUNTERS.get(i))
				.append(" = ")
				.append(COUNTERS.get(i))
				.append(" + ?");
		}
		UPDATE_DAILY = sql.append(" WHERE campaign_id = ? AND received_day = ? AND region_code = ? AND channel = ?")
			.toString();
	}

	private final JdbcClient jdbc;

	StatsDaily(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A complaint's row as it counts in the aggregate, locked until the transaction ends.
	 * @param complaintId the complaint
	 * @return its snapshot, or null when it has no row
	 */
	Snapshot lock(UUID complaintId) {
		return this.jdbc.sql(ROW + " FOR UPDATE")
			.param(complaintId)
			.query((rs, i) -> snapshot(complaintId, rs))
			.optional()
			.orElse(null);
	}

	/**
	 * A complaint's row as it counts in the aggregate.
	 * @param complaintId the complaint
	 * @return its snapshot, or null when it has no row
	 */
	Snapshot read(UUID complaintId) {
		return this.jdbc.sql(ROW)
			.param(complaintId)
			.query((rs, i) -> snapshot(complaintId, rs))
			.optional()
			.orElse(null);
	}

	private Snapshot snapshot(UUID complaintId, ResultSet rs) throws SQLException {
		Date day = rs.getDate("received_day");
		boolean transferred = rs.getBoolean("transferred");
		String closure = rs.getString("closure");
		String verdict = rs.getString("verdict");
		String satisfaction = rs.getString("satisfaction");
		Boolean signedOnTime = flag(rs, "signed_on_time");
		Boolean reportedOnTime = flag(rs, "reported_on_time");
		int returns = rs.getInt("returns");
		long[] counters = new long[COUNTERS.size()];
		int i = 0;
		counters[i++] = 1;
		counters[i++] = one(rs.getBoolean("accepted"));
		counters[i++] = one(transferred);
		counters[i++] = one("CLOSED".equals(closure));
		counters[i++] = one("PARTLY_CLOSED".equals(closure));
		counters[i++] = one("OPEN".equals(closure));
		counters[i++] = one("TRUE".equals(verdict));
		counters[i++] = one("MOSTLY_TRUE".equals(verdict));
		counters[i++] = one("PARTLY_TRUE".equals(verdict));
		counters[i++] = one("FALSE".equals(verdict));
		for (String measure : List.of("ordered_to_rectify", "penalised_units", "fines_yuan", "criminal_cases",
				"administrative_detentions", "criminal_detentions", "summoned_persons", "accountable_persons")) {
			counters[i++] = rs.getLong(measure);
		}
		counters[i++] = one("SATISFIED".equals(satisfaction));
		counters[i++] = one("BASICALLY_SATISFIED".equals(satisfaction));
		counters[i++] = one("DISSATISFIED".equals(satisfaction));
		counters[i++] = one("UNREACHABLE".equals(satisfaction));
		counters[i++] = one(transferred && Boolean.TRUE.equals(signedOnTime));
		counters[i++] = one(transferred && signedOnTime != null);
		counters[i++] = one(transferred && Boolean.TRUE.equals(reportedOnTime));
		counters[i++] = one(transferred && reportedOnTime != null);
		counters[i++] = one(transferred && returns > 0);
		counters[i++] = one(
				transferred && ("SATISFIED".equals(satisfaction) || "BASICALLY_SATISFIED".equals(satisfaction)));
		counters[i++] = one(transferred && satisfaction != null);
		int batch = rs.getInt("batch_number");
		Integer batchNumber = rs.wasNull() ? null : batch;
		String region = rs.getString("region_code");
		String channel = rs.getString("channel");
		UUID campaignId = rs.getObject("campaign_id", UUID.class);
		Key key = new Key(campaignId, (day != null) ? day.toLocalDate() : NO_DAY, (region != null) ? region : "",
				(channel != null) ? channel : "");
		return new Snapshot(key, batchNumber, counters, new Lazy<>(() -> types(complaintId)));
	}

	private static Boolean flag(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	private static long one(boolean condition) {
		return condition ? 1 : 0;
	}

	/**
	 * A complaint's problem types.
	 * @param complaintId the complaint
	 * @return its types
	 */
	List<String> types(UUID complaintId) {
		return this.jdbc.sql("SELECT problem_type FROM stats_complaint_type WHERE complaint_id = ?")
			.param(complaintId)
			.query(String.class)
			.list();
	}

	/**
	 * Adds to the aggregate what a complaint's row counts now minus what it counted
	 * before.
	 * @param before the row before the change (locked), or null when there was none
	 * @param after the row after the change, or null when there is none
	 * @param typesChanged whether the change added problem types (otherwise they are read
	 * only when the complaint moves to another day or region)
	 */
	void apply(Snapshot before, Snapshot after, boolean typesChanged) {
		Map<Key, long[]> daily = new TreeMap<>(Key.ORDER);
		Map<BatchKey, Long> batches = new TreeMap<>(BatchKey.ORDER);
		Map<TypeKey, Long> types = new TreeMap<>(TypeKey.ORDER);
		boolean moved = before == null || after == null || !before.key().sameDayAndRegion(after.key());
		for (int sign : new int[] { -1, 1 }) {
			Snapshot row = (sign < 0) ? before : after;
			if (row == null) {
				continue;
			}
			long[] sum = daily.computeIfAbsent(row.key(), (key) -> new long[COUNTERS.size()]);
			for (int i = 0; i < sum.length; i++) {
				sum[i] += sign * row.counters()[i];
			}
			if (row.batch() != null) {
				batches.merge(new BatchKey(row.key().withoutChannel(), row.batch()), (long) sign, Long::sum);
			}
			if (moved || typesChanged) {
				for (String type : row.types().get()) {
					types.merge(new TypeKey(row.key().withoutChannel(), type), (long) sign, Long::sum);
				}
			}
		}
		daily.forEach((key, delta) -> {
			if (Arrays.stream(delta).anyMatch((value) -> value != 0)) {
				addDaily(key, delta);
			}
		});
		batches.forEach((key, delta) -> addCount("stats_daily_batch", "batch_number", key.key(), key.batch(), delta));
		types.forEach((key, delta) -> addCount("stats_daily_type", "problem_type", key.key(), key.type(), delta));
	}

	/** Adds to the complaints of one row of the batch or type table. */
	private void addCount(String table, String column, Key key, Object value, long delta) {
		if (delta != 0) {
			add("UPDATE " + table + " SET complaints = complaints + ? WHERE campaign_id = ? AND received_day = ? "
					+ "AND region_code = ? AND " + column + " = ?",
					"INSERT INTO " + table + " (campaign_id, received_day, region_code, " + column
							+ ") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
					List.of(delta), List.of(key.campaignId(), Date.valueOf(key.day()), key.region(), value));
		}
	}

	private void addDaily(Key key, long[] delta) {
		List<Object> values = new ArrayList<>();
		Arrays.stream(delta).forEach(values::add);
		add(UPDATE_DAILY,
				"INSERT INTO stats_daily (campaign_id, received_day, region_code, channel) "
						+ "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
				values, List.of(key.campaignId(), Date.valueOf(key.day()), key.region(), key.channel()));
	}

	/**
	 * Adds to one aggregate row, creating it (with zeros) first when it is missing; two
	 * transactions creating the same row both end up adding to the one row.
	 */
	private void add(String update, String insert, List<Object> deltas, List<Object> key) {
		List<Object> params = new ArrayList<>(deltas);
		params.addAll(key);
		if (this.jdbc.sql(update).params(params).update() == 0) {
			this.jdbc.sql(insert).params(key).update();
			this.jdbc.sql(update).params(params).update();
		}
	}

	/**
	 * Recomputes a campaign's aggregate from {@code stats_complaint} and
	 * {@code stats_complaint_type}.
	 * @param campaignId the campaign
	 */
	void refill(UUID campaignId) {
		for (String table : List.of("stats_daily", "stats_daily_batch", "stats_daily_type")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE campaign_id = ?").param(campaignId).update();
		}
		for (String[] fill : new String[][] { { "stats_daily", DAILY_COUNTS }, { "stats_daily_batch", BATCH_COUNTS },
				{ "stats_daily_type", TYPE_COUNTS } }) {
			this.jdbc.sql("INSERT INTO " + fill[0] + " " + fill[1]).param(campaignId).update();
		}
	}

	/**
	 * A campaign's aggregate rows that count something, as text lines (key, then the
	 * counters), sorted: what is stored, or ({@code recomputed}) what {@link #refill}
	 * would store. For tests and checks.
	 * @param campaignId the campaign
	 * @param recomputed whether to recompute from {@code stats_complaint}
	 * @return one line per row
	 */
	List<String> lines(UUID campaignId, boolean recomputed) {
		String sql = recomputed ? DAILY_COUNTS : "SELECT campaign_id, received_day, region_code, channel, "
				+ String.join(", ", COUNTERS) + " FROM stats_daily WHERE campaign_id = ?";
		List<String> lines = new ArrayList<>(this.jdbc.sql(sql).param(campaignId).query((rs, n) -> {
			StringBuilder line = new StringBuilder(rs.getDate(2) + " " + rs.getString(3) + " " + rs.getString(4) + ":");
			boolean any = false;
			for (int i = 0; i < COUNTERS.size(); i++) {
				long value = rs.getLong(5 + i);
				any |= value != 0;
				line.append(' ').append(value);
			}
			return any ? line.toString() : null;
		}).list().stream().filter(Objects::nonNull).toList());
		String batches = recomputed ? BATCH_COUNTS
				: "SELECT campaign_id, received_day, region_code, batch_number, complaints FROM stats_daily_batch "
						+ "WHERE campaign_id = ?";
		String types = recomputed ? TYPE_COUNTS
				: "SELECT campaign_id, received_day, region_code, problem_type, complaints FROM stats_daily_type "
						+ "WHERE campaign_id = ?";
		for (String query : List.of(batches, types)) {
			String kind = (query == batches) ? "batch" : "type";
			lines.addAll(this.jdbc.sql(query)
				.param(campaignId)
				.query((rs, n) -> (rs.getLong(5) == 0) ? null
						: kind + " " + rs.getDate(2) + " " + rs.getString(3) + " " + rs.getString(4) + ": "
								+ rs.getLong(5))
				.list()
				.stream()
				.filter(Objects::nonNull)
				.toList());
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}

	/**
	 * Where a complaint counts: campaign, day of receipt, region, channel.
	 */
	record Key(UUID campaignId, LocalDate day, String region, String channel) {

		static final Comparator<Key> ORDER = Comparator.comparing(Key::campaignId)
			.thenComparing(Key::day)
			.thenComparing(Key::region)
			.thenComparing(Key::channel);

		Key withoutChannel() {
			return new Key(this.campaignId, this.day, this.region, "");
		}

		boolean sameDayAndRegion(Key other) {
			return this.campaignId.equals(other.campaignId) && this.day.equals(other.day)
					&& this.region.equals(other.region);
		}

	}

	record BatchKey(Key key, int batch) {

		static final Comparator<BatchKey> ORDER = Comparator.comparing(BatchKey::key, Key.ORDER)
			.thenComparingInt(BatchKey::batch);

	}

	record TypeKey(Key key, String type) {

		static final Comparator<TypeKey> ORDER = Comparator.comparing(TypeKey::key, Key.ORDER)
			.thenComparing(TypeKey::type);

	}

	/**
	 * What one complaint's row counts.
	 *
	 * @param key where it counts
	 * @param batch its transfer batch, or null
	 * @param counters its share of each of {@link #COUNTERS}
	 * @param types its problem types, read when needed
	 */
	record Snapshot(Key key, Integer batch, long[] counters, Lazy<List<String>> types) {

	}

	/** A value read at most once, when first needed. */
	static final class Lazy<T> implements Supplier<T> {

		private Supplier<T> source;

		private T value;

		Lazy(Supplier<T> source) {
			this.source = source;
		}

		@Override
		public T get() {
			if (this.source != null) {
				this.value = this.source.get();
				this.source = null;
			}
			return this.value;
		}

	}

}
