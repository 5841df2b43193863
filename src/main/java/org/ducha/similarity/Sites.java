package org.ducha.similarity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.Jurisdiction;
import org.ducha.intake.ComplaintMerges;
import org.ducha.intake.ComplaintNotFound;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintView;
import org.ducha.shared.NotFoundException;

/**
 * 反复投诉点位: complaints grouped by site (the normalised reported object and place, see
 * {@link SiteKey}) across campaigns, with counts and first and last receipt. A merged
 * repeat counts on its master's site. A site reaching the hot-spot threshold
 * ({@code ducha.similarity.hot-spot-threshold}, default 3) is flagged once for a task
 * force under a leader's personal supervision (专班, 主要负责人亲自督办) and
 * {@link RepeatHotSpotFlagged} is published.
 * <p>
 * A read model kept from intake's events ({@link SiteListener}); every placement re-reads
 * the complaint, so redelivered or reordered events change nothing.
 */
@Service
public class Sites {

	private static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");

	/**
	 * The order in which site rows are locked everywhere (the text of the id: the order
	 * of the UUIDs' bytes, as the databases compare them).
	 */
	private static final Comparator<UUID> SITE_ORDER = Comparator.comparing(UUID::toString);

	private static final int REFILL_CHUNK = 500;

	private final JdbcClient jdbc;

	private final ComplaintQueries complaints;

	private final ComplaintMerges merges;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int threshold;

	Sites(JdbcClient jdbc, ComplaintQueries complaints, ComplaintMerges merges, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock,
			@Value("${ducha.similarity.hot-spot-threshold:3}") int threshold) {
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.merges = merges;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
		this.threshold = Math.max(threshold, 2);
	}

	/**
	 * How many complaints make a site a hot spot.
	 */
	public int threshold() {
		return this.threshold;
	}

	/**
	 * Puts a complaint into its site (or its master's, when merged), or takes it out of
	 * any site when it names none; recounts the sites concerned and flags a site that
	 * reaches the threshold.
	 * @param complaintId the complaint
	 */
	public void place(UUID complaintId) {
		this.transactions.executeWithoutResult((status) -> {
			// the complaint's events (registered, accepted, rerouted) arrive
			// concurrently:
			// one at a time, and each reads the complaint as it is once it has the lock
			if (!this.complaints.lock(complaintId)) {
				return;
			}
			ComplaintView complaint;
			try {
				complaint = this.complaints.get(complaintId, Jurisdiction.everywhere());
			}
			catch (ComplaintNotFound ex) {
				return;
			}
			Optional<UUID> previous = siteOf(complaintId);
			UUID site = siteFor(complaint);
			// both sites concerned, in one order everywhere: a complaint leaving a site
			// while another enters it recounts that site one after the other
			Stream.concat(Stream.ofNullable(site), previous.stream()).distinct().sorted(SITE_ORDER).forEach(this::lock);
			if (site == null) {
				this.jdbc.sql("DELETE FROM repeat_site_complaint WHERE complaint_id = ?").param(complaintId).update();
			}
			else {
				String types = complaint.problemTypes()
					.stream()
					.map(Enum::name)
					.sorted()
					.collect(Collectors.joining(","));
				int updated = this.jdbc.sql(
						"UPDATE repeat_site_complaint SET site_id = ?, status = ?, problem_types = ? WHERE complaint_id = ?")
					.params(site, complaint.status().name(), types, complaintId)
					.update();
				if (updated == 0) {
					this.jdbc
						.sql("INSERT INTO repeat_site_complaint (complaint_id, site_id, campaign_id, receipt_number, "
								+ "received_at, received_day, status, problem_types) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
						.params(complaintId, site, complaint.campaignId(), complaint.receiptNumber(),
								Timestamp.from(complaint.receivedAt()),
								complaint.receivedAt().atZone(BEIJING).toLocalDate(), complaint.status().name(), types)
						.update();
				}
				recount(site);
			}
			previous.filter((before) -> !before.equals(site)).ifPresent(this::recount);
		});
	}

	/**
	 * Sites with at least {@code minComplaints} complaints, hot spots and the most
	 * complained-about first.
	 * @param minComplaints the least number of complaints
	 * @param limit at most this many sites
	 * @return the sites
	 */
	public List<SiteSummary> list(int minComplaints, int limit) {
		List<SiteSummary> found = this.jdbc.sql(
				"SELECT id, site_key, name, region_code, complaint_count, first_at, last_at, flagged_at FROM repeat_site "
						+ "WHERE complaint_count >= ? ORDER BY CASE WHEN flagged_at IS NULL THEN 1 ELSE 0 END, "
						+ "complaint_count DESC, last_at DESC, site_key LIMIT ?")
			.params(Math.max(minComplaints, 1), limit)
			.query((rs, row) -> summary(rs, Map.of(), Map.of()))
			.list();
		if (found.isEmpty()) {
			return found;
		}
		Map<UUID, Map<String, Integer>> statuses = new LinkedHashMap<>();
		Map<UUID, Map<String, Integer>> types = new LinkedHashMap<>();
		this.jdbc.sql("SELECT site_id, status, problem_types FROM repeat_site_complaint WHERE site_id IN (:ids)")
			.param("ids", found.stream().map(SiteSummary::siteId).toList())
			.query((rs) -> {
				UUID site = rs.getObject("site_id", UUID.class);
				statuses.computeIfAbsent(site, (key) -> new TreeMap<>()).merge(rs.getString("status"), 1, Integer::sum);
				for (String type : rs.getString("problem_types").split(",")) {
					if (!type.isBlank()) {
						types.computeIfAbsent(site, (key) -> new TreeMap<>()).merge(type, 1, Integer::sum);
					}
				}
			});
		return found.stream()
			.map((site) -> site.with(statuses.getOrDefault(site.siteId(), Map.of()),
					types.getOrDefault(site.siteId(), Map.of())))
			.toList();
	}

	/**
	 * Repeat sites of one campaign: sites with at least {@code minComplaints} of the
	 * campaign's complaints received in a period (Beijing days) and region, the most
	 * complained-about first.
	 * @param campaignId the campaign
	 * @param from the first day, or null
	 * @param to the last day, or null
	 * @param regionPrefix a region code prefix ({@code 1410}), or null
	 * @param minComplaints the least number of complaints in the campaign
	 * @param limit at most this many sites
	 * @return the sites with their counts
	 */
	public List<SiteTally> ofCampaign(UUID campaignId, java.time.LocalDate from, java.time.LocalDate to,
			String regionPrefix, int minComplaints, int limit) {
		// the whole stay: the per-campaign counts, read in count order; a period: the
		// per-day counts of its days summed (a few per site and day, not one per
		// complaint)
		boolean wholeStay = from == null && to == null;
		StringBuilder counts = new StringBuilder(
				wholeStay ? "SELECT site_id, complaints AS n FROM repeat_site_campaign WHERE campaign_id = ?"
						: "SELECT site_id, SUM(complaints) AS n FROM repeat_site_day WHERE campaign_id = ?");
		List<Object> params = new ArrayList<>(List.of(campaignId));
		if (from != null) {
			counts.append(" AND received_day >= ?");
			params.add(from);
		}
		if (to != null) {
			counts.append(" AND received_day <= ?");
			params.add(to);
		}
		if (regionPrefix != null) {
			counts.append(" AND region_code LIKE ?");
			params.add(regionPrefix + "%");
		}
		counts.append(wholeStay ? " AND complaints >= ?" : " GROUP BY site_id HAVING SUM(complaints) >= ?");
		params.add(Math.max(minComplaints, 1));
		params.add(limit);
		return this.jdbc.sql("SELECT s.id, s.name, s.region_code, s.complaint_count, s.flagged_at, c.n FROM (" + counts
				+ ") c JOIN repeat_site s ON s.id = c.site_id ORDER BY c.n DESC, s.complaint_count DESC, s.name LIMIT ?")
			.params(params)
			.query((rs, row) -> new SiteTally(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("region_code"), rs.getInt("n"), rs.getInt("complaint_count"),
					rs.getTimestamp("flagged_at") != null))
			.list();
	}

	/**
	 * Recomputes every site's counts per campaign and per day from the placed complaints
	 * (after a bulk load; {@link #place} keeps them current otherwise).
	 */
	public void refillCounts() {
		List<UUID> all = this.jdbc.sql("SELECT id FROM repeat_site").query(UUID.class).list();
		List<UUID> ordered = all.stream().sorted(SITE_ORDER).toList();
		for (int i = 0; i < ordered.size(); i += REFILL_CHUNK) {
			List<UUID> chunk = ordered.subList(i, Math.min(i + REFILL_CHUNK, ordered.size()));
			this.transactions.executeWithoutResult((status) -> {
				// locked one by one in the order placing uses, so a placement meanwhile
				// waits
				chunk.forEach(this::lock);
				this.jdbc.sql("DELETE FROM repeat_site_day WHERE site_id IN (:sites)").param("sites", chunk).update();
				this.jdbc.sql("DELETE FROM repeat_site_campaign WHERE site_id IN (:sites)")
					.param("sites", chunk)
					.update();
				countInto(chunk);
			});
		}
	}

	/**
	 * A site and its whole history: every complaint with its receipt number, date and
	 * current status (read from intake), and the statuses and problem types counted.
	 * @param siteId the site
	 * @return the history, oldest complaint first
	 * @throws NotFoundException for an unknown site
	 */
	public SiteHistory history(UUID siteId) {
		SiteSummary site = this.jdbc.sql(
				"SELECT id, site_key, name, region_code, complaint_count, first_at, last_at, flagged_at FROM repeat_site "
						+ "WHERE id = ?")
			.param(siteId)
			.query((rs, row) -> summary(rs, Map.of(), Map.of()))
			.optional()
			.orElseThrow(() -> new NotFoundException("site.notFound", siteId));
		List<SiteHistory.Entry> entries = new ArrayList<>();
		Map<String, Integer> statuses = new TreeMap<>();
		Map<String, Integer> types = new LinkedHashMap<>();
		List<UUID> ids = this.jdbc.sql(
				"SELECT complaint_id FROM repeat_site_complaint WHERE site_id = ? ORDER BY received_at, receipt_number")
			.param(siteId)
			.query(UUID.class)
			.list();
		for (UUID id : ids) {
			ComplaintView complaint;
			try {
				complaint = this.complaints.get(id, Jurisdiction.everywhere());
			}
			catch (ComplaintNotFound ex) {
				continue;
			}
			entries.add(new SiteHistory.Entry(complaint.id(), complaint.receiptNumber(), complaint.campaignId(),
					complaint.receivedAt(), complaint.status().name(),
					complaint.problemTypes().stream().map(Enum::name).sorted().toList(),
					complaint.reportedObject().name(), complaint.description()));
			statuses.merge(complaint.status().name(), 1, Integer::sum);
			complaint.problemTypes().forEach((type) -> types.merge(type.name(), 1, Integer::sum));
		}
		return new SiteHistory(site.with(statuses, types), site.complaintCount() >= this.threshold, entries, statuses,
				types);
	}

	/**
	 * The site a complaint belongs to, if any.
	 * @param complaintId the complaint
	 * @return its site
	 */
	public Optional<UUID> siteOf(UUID complaintId) {
		return this.jdbc.sql("SELECT site_id FROM repeat_site_complaint WHERE complaint_id = ?")
			.param(complaintId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Places every complaint not yet in the read model (after the table was added, or
	 * emptied); cheap when nothing is missing.
	 * @param complaintIds the complaints to check
	 * @return how many were placed
	 */
	int backfill(List<UUID> complaintIds) {
		int placed = 0;
		for (UUID id : complaintIds) {
			if (siteOf(id).isEmpty()) {
				place(id);
				placed++;
			}
		}
		return placed;
	}

	private UUID siteFor(ComplaintView complaint) {
		if (complaint.status() == org.ducha.intake.ComplaintStatus.MERGED) {
			Optional<UUID> master = this.merges.masterOf(complaint.id()).flatMap(this::siteOf);
			if (master.isPresent()) {
				return master.get();
			}
		}
		SiteKey key = SiteKey.of(RepeatIndex.document(complaint));
		if (key == null) {
			return null;
		}
		this.jdbc
			.sql("INSERT INTO repeat_site (id, site_key, name, region_code, complaint_count) VALUES (?, ?, ?, ?, 0) "
					+ "ON CONFLICT DO NOTHING")
			.params(UUID.randomUUID(), key.value(), displayName(complaint, key), key.regionCode())
			.update();
		return this.jdbc.sql("SELECT id FROM repeat_site WHERE site_key = ?")
			.param(key.value())
			.query(UUID.class)
			.single();
	}

	/**
	 * Holds the site's row until commit, so concurrent placements into one site are
	 * counted one after the other and the threshold is crossed exactly once.
	 */
	private void lock(UUID siteId) {
		this.jdbc.sql("SELECT id FROM repeat_site WHERE id = ? FOR UPDATE").param(siteId).query(UUID.class).single();
	}

	private void recount(UUID siteId) {
		this.jdbc
			.sql("UPDATE repeat_site SET complaint_count = (SELECT COUNT(*) FROM repeat_site_complaint m WHERE m.site_id = ?), "
					+ "first_at = (SELECT MIN(m.received_at) FROM repeat_site_complaint m WHERE m.site_id = ?), "
					+ "last_at = (SELECT MAX(m.received_at) FROM repeat_site_complaint m WHERE m.site_id = ?) WHERE id = ?")
			.params(siteId, siteId, siteId, siteId)
			.update();
		this.jdbc.sql("DELETE FROM repeat_site_day WHERE site_id = ?").param(siteId).update();
		this.jdbc.sql("DELETE FROM repeat_site_campaign WHERE site_id = ?").param(siteId).update();
		countInto(List.of(siteId));
		Instant now = this.clock.instant();
		int flagged = this.jdbc
			.sql("UPDATE repeat_site SET flagged_at = ? WHERE id = ? AND flagged_at IS NULL AND complaint_count >= ?")
			.params(Timestamp.from(now), siteId, this.threshold)
			.update();
		if (flagged == 1) {
			this.jdbc.sql("SELECT site_key, name, region_code, complaint_count FROM repeat_site WHERE id = ?")
				.param(siteId)
				.query((rs, row) -> new RepeatHotSpotFlagged(siteId, rs.getString("site_key"), rs.getString("name"),
						rs.getString("region_code"), rs.getInt("complaint_count"), now))
				.optional()
				.ifPresent(this.events::publishEvent);
		}
	}

	/**
	 * Counts the placed complaints of some sites (locked, their counts deleted) per site
	 * and campaign, and per site, campaign and day of receipt.
	 */
	private void countInto(List<UUID> sites) {
		String from = " FROM repeat_site_complaint m JOIN repeat_site s ON s.id = m.site_id WHERE m.site_id IN (:sites)";
		this.jdbc
			.sql("INSERT INTO repeat_site_campaign (campaign_id, site_id, region_code, complaints) "
					+ "SELECT m.campaign_id, m.site_id, s.region_code, COUNT(*)" + from
					+ " GROUP BY m.campaign_id, m.site_id, s.region_code")
			.param("sites", sites)
			.update();
		this.jdbc
			.sql("INSERT INTO repeat_site_day (campaign_id, received_day, site_id, region_code, complaints) "
					+ "SELECT m.campaign_id, m.received_day, m.site_id, s.region_code, COUNT(*)" + from
					+ " GROUP BY m.campaign_id, m.received_day, m.site_id, s.region_code")
			.param("sites", sites)
			.update();
	}

	private static String displayName(ComplaintView complaint, SiteKey key) {
		String name = complaint.reportedObject().name();
		if (name == null || name.isBlank()) {
			name = (complaint.reportedObject().address() != null) ? complaint.reportedObject().address()
					: complaint.location();
		}
		if (name == null || name.isBlank()) {
			name = key.value();
		}
		name = name.strip();
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	private static SiteSummary summary(java.sql.ResultSet rs, Map<String, Integer> statuses, Map<String, Integer> types)
			throws java.sql.SQLException {
		return new SiteSummary(rs.getObject("id", UUID.class), rs.getString("site_key"), rs.getString("name"),
				rs.getString("region_code"), rs.getInt("complaint_count"), instant(rs.getTimestamp("first_at")),
				instant(rs.getTimestamp("last_at")), instant(rs.getTimestamp("flagged_at")), statuses, types);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
