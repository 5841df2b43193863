package org.ducha.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what other modules index about complaints (the text, the reported object, the
 * place, the county and the problem types: never the complainant) in bulk, for indexes
 * that must be rebuilt from the database or catch up with changes made elsewhere (another
 * instance, or while an instance was down).
 * <p>
 * Plain SQL, keyset-paged by id, so reading a million complaints costs a thousand
 * queries, not a million entity loads.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintTexts {

	/** Largest page {@link #after(UUID, int)} reads. */
	public static final int MAX_PAGE = 2_000;

	private static final String COLUMNS = "c.id, c.version, c.campaign_id, c.receipt_number, c.received_at, "
			+ "c.region_code, c.reported_object_name, c.reported_object_address, c.location, c.description";

	private final JdbcClient jdbc;

	ComplaintTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number of complaints.
	 */
	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
	}

	/**
	 * The next page of complaints in id order.
	 * @param after the last id of the previous page, or {@code null} for the first page
	 * @param size at most this many, 1–{@value #MAX_PAGE}
	 * @return the page, empty after the last one
	 */
	public List<ComplaintText> after(UUID after, int size) {
		int limit = Math.clamp(size, 1, MAX_PAGE);
		List<ComplaintText> page = (after != null)
				? this.jdbc
					.sql("SELECT " + COLUMNS + " FROM complaint c WHERE c.id > :after ORDER BY c.id LIMIT :limit")
					.param("after", after)
					.param("limit", limit)
					.query(ComplaintTexts::text)
					.list()
				: this.jdbc.sql("SELECT " + COLUMNS + " FROM complaint c ORDER BY c.id LIMIT :limit")
					.param("limit", limit)
					.query(ComplaintTexts::text)
					.list();
		return withProblemTypes(page);
	}

	/**
	 * The complaints with these ids (unknown ids are left out).
	 */
	public List<ComplaintText> of(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ComplaintText> texts = new ArrayList<>(ids.size());
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 500) {
			List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
			texts.addAll(this.jdbc.sql("SELECT " + COLUMNS + " FROM complaint c WHERE c.id IN (:ids)")
				.param("ids", chunk)
				.query(ComplaintTexts::text)
				.list());
		}
		return withProblemTypes(texts);
	}

	/**
	 * The complaints whose timeline has an entry at or after {@code since} (registered,
	 * rerouted, screened, merged …), with their current version.
	 * @param since the earliest change
	 * @return id → version
	 */
	public Map<UUID, Integer> changedSince(Instant since) {
		Map<UUID, Integer> changed = new HashMap<>();
		this.jdbc
			.sql("SELECT c.id, c.version FROM complaint c WHERE c.id IN "
					+ "(SELECT a.complaint_id FROM complaint_activity a WHERE a.occurred_at >= :since)")
			.param("since", Timestamp.from(since))
			.query((java.sql.ResultSet rs) -> {
				changed.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return changed;
	}

	private List<ComplaintText> withProblemTypes(List<ComplaintText> texts) {
		if (texts.isEmpty()) {
			return texts;
		}
		Map<UUID, Set<ProblemType>> types = new HashMap<>();
		this.jdbc.sql("SELECT complaint_id, problem_type FROM complaint_problem_type WHERE complaint_id IN (:ids)")
			.param("ids", texts.stream().map(ComplaintText::id).toList())
			.query((rs, row) -> types
				.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> EnumSet.noneOf(ProblemType.class))
				.add(ProblemType.valueOf(rs.getString(2))))
			.list();
		return texts.stream().map((text) -> text.withProblemTypes(types.getOrDefault(text.id(), Set.of()))).toList();
	}

	private static ComplaintText text(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ComplaintText(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("campaign_id", UUID.class), rs.getString("receipt_number"),
				rs.getTimestamp("received_at").toInstant(), rs.getString("region_code"),
				new ReportedObject(rs.getString("reported_object_name"), rs.getString("reported_object_address")),
				rs.getString("location"), rs.getString("description"), Set.of());
	}

	/**
	 * What an index needs of one complaint.
	 *
	 * @param id the complaint
	 * @param version its version (changes with every change of the complaint)
	 * @param campaignId its campaign
	 * @param receiptNumber 受理编号
	 * @param receivedAt when it was received
	 * @param regionCode its county, if routed
	 * @param reportedObject 被举报对象
	 * @param location where
	 * @param description what
	 * @param problemTypes its problem types
	 */
	public record ComplaintText(UUID id, int version, UUID campaignId, String receiptNumber, Instant receivedAt,
			String regionCode, ReportedObject reportedObject, String location, String description,
			Set<ProblemType> problemTypes) {

		ComplaintText withProblemTypes(Set<ProblemType> types) {
			return new ComplaintText(this.id, this.version, this.campaignId, this.receiptNumber, this.receivedAt,
					this.regionCode, this.reportedObject, this.location, this.description, Set.copyOf(types));
		}

	}

}
