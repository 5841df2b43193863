package org.ducha.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The lifecycle's data work as bare SQL through JDBC, on the same database, with one
 * transaction per step as Ducha has one per request: the rows Ducha writes for the
 * complaint, its timeline, counter, sealed contact, batch, case file, report and review,
 * and the reads each step needs (the row locked with {@code FOR UPDATE} before a change).
 * No event bookkeeping, no audit chain, no read models, no repeat index: what the
 * lifecycle must do at least. The repeat check is the one read it needs from the
 * database (the complaint), not a text search.
 */
final class SqlLifecycle implements Lifecycle {

	private final HikariDataSource pool;

	private final List<UUID> campaigns = new ArrayList<>();

	private final String jdbcUrl;

	private final String run = Long.toString(System.currentTimeMillis() % 100_000);

	SqlLifecycle(String jdbcUrl, int poolSize) {
		this.jdbcUrl = jdbcUrl;
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl);
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		this.pool = new HikariDataSource(config);
	}

	@Override
	public String database() {
		return this.jdbcUrl;
	}

	@Override
	public String name() {
		return "bare SQL (JDBC)";
	}

	@Override
	public List<String> steps() {
		return HttpLifecycle.STEPS;
	}

	@Override
	public void prepare(int clients) throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
		try (Connection c = this.pool.getConnection()) {
			while (this.campaigns.size() < clients) {
				UUID id = UUID.randomUUID();
				int k = (int) (Math.floorMod(id.getLeastSignificantBits(), 26 * 26 * 26));
				String letters = "S" + (char) ('A' + k / 676 % 26) + (char) ('A' + k / 26 % 26) + (char) ('A' + k % 26);
				update(c, "INSERT INTO campaign (id, team_name, inspected_region_code, inspected_region_name, start_date, "
						+ "end_date, hotline_phone, po_box, hotline_hours, scope, receipt_round, receipt_unit_letters, "
						+ "report_due_days, created_at, created_by, version) VALUES (?, ?, '141000', '临汾市', ?, ?, "
						+ "'0357-2069124', '山西省临汾市12369信箱', '8:00-20:00', '', '6', ?, 30, now(), 'bench', 0)", id,
						"基准SQL组" + this.run + "-" + this.campaigns.size(), today.minusDays(28), today.plusDays(2),
						letters);
				this.campaigns.add(id);
			}
		}
	}

	@Override
	public void run(int client, long n, Steps clock) throws Exception {
		UUID campaign = this.campaigns.get(client);
		Map<String, Object> body = HttpLifecycle.registration(n);
		UUID complaint = UUID.randomUUID();
		String receipt;
		Instant now = Instant.now();
		LocalDate day = OffsetDateTime.parse((String) body.get("receivedAt")).toLocalDate();
		String prefix = "F6" + letters(campaign);
		@SuppressWarnings("unchecked")
		Map<String, Object> object = (Map<String, Object>) body.get("reportedObject");
		// register: counter row made outside the transaction, then one transaction
		try (Connection c = this.pool.getConnection()) {
			update(c, "INSERT INTO receipt_counter (campaign_id, prefix, received_day, last_value) VALUES (?, ?, ?, 0) "
					+ "ON CONFLICT DO NOTHING", campaign, prefix, day);
			c.setAutoCommit(false);
			int next = queryInt(c, "UPDATE receipt_counter SET last_value = last_value + 1 WHERE campaign_id = ? "
					+ "AND prefix = ? AND received_day = ? RETURNING last_value", campaign, prefix, day);
			receipt = prefix + day.toString().replace("-", "") + String.format("%04d", next);
			update(c, "INSERT INTO complaint (id, campaign_id, receipt_number, status, channel, received_at, received_day, "
					+ "recorded_message, reported_object_name, reported_object_address, location, description, sub_type, "
					+ "wishes, region_code, anonymous, may_contact, registered_by, registered_at, version, region_source, "
					+ "suggested_region_code, suggested_confidence, outside_inspected_region) VALUES (?, ?, ?, 'RECEIVED', "
					+ "'VISIT', ?, ?, FALSE, ?, ?, ?, ?, ?, ?, '141002', FALSE, TRUE, 'bench-clerk', ?, 0, 'RESOLVED', "
					+ "'141002', 0.9, FALSE)", complaint, campaign, receipt,
					Timestamp.from(OffsetDateTime.parse((String) body.get("receivedAt")).toInstant()), day,
					object.get("name"), object.get("address"), body.get("location"), body.get("description"),
					body.get("subType"), body.get("wishes"), Timestamp.from(now));
			update(c, "INSERT INTO complaint_problem_type (complaint_id, problem_type) VALUES (?, ?)", complaint,
					((List<?>) body.get("problemTypes")).get(0));
			activity(c, "complaint_activity", "complaint_id", complaint, 1, "REGISTERED", null, "RECEIVED");
			update(c, "INSERT INTO sealed_contact (complaint_id, key_id, ciphertext, sealed_at) VALUES (?, 'k1', ?, ?)",
					complaint, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Timestamp.from(now));
			c.commit();
		}
		clock.done(0);
		try (Connection c = this.pool.getConnection()) {
			queryInt(c, "SELECT version FROM complaint WHERE id = ?", complaint);
		}
		clock.done(1);
		try (Connection c = this.pool.getConnection()) {
			c.setAutoCommit(false);
			queryInt(c, "SELECT version FROM complaint WHERE id = ? FOR UPDATE", complaint);
			update(c, "UPDATE complaint SET status = 'ACCEPTED', screening_decision = 'ACCEPT', screened_at = now(), "
					+ "version = version + 1 WHERE id = ?", complaint);
			activity(c, "complaint_activity", "complaint_id", complaint, 2, "ACCEPTED", "RECEIVED", "ACCEPTED");
			c.commit();
		}
		clock.done(2);
		UUID batch = UUID.randomUUID();
		try (Connection c = this.pool.getConnection()) {
			c.setAutoCommit(false);
			int number = queryInt(c, "SELECT coalesce(max(number), 0) + 1 FROM transfer_batch WHERE campaign_id = ?",
					campaign);
			update(c, "INSERT INTO transfer_batch (id, campaign_id, number, status, created_at, created_by, version) "
					+ "VALUES (?, ?, ?, 'DRAFT', now(), 'bench-officer', 0)", batch, campaign, number);
			update(c, "INSERT INTO transfer_batch_item (batch_id, position, complaint_id, receipt_number, channel, "
					+ "region_code, problem_types, description, key_case, supervised, sub_type) SELECT ?, 1, id, "
					+ "receipt_number, channel, region_code, 'AIR', description, FALSE, FALSE, sub_type FROM complaint "
					+ "WHERE id = ? AND status = 'ACCEPTED'", batch, complaint);
			c.commit();
		}
		clock.done(3);
		UUID caseId = UUID.randomUUID();
		try (Connection c = this.pool.getConnection()) {
			c.setAutoCommit(false);
			int number = queryInt(c, "SELECT number FROM transfer_batch WHERE id = ? FOR UPDATE", batch);
			update(c, "UPDATE transfer_batch SET status = 'TRANSFERRED', transferred_at = now(), transferred_on = "
					+ "current_date, transferred_by = 'bench-officer', version = version + 1 WHERE id = ?", batch);
			update(c, "INSERT INTO case_file (id, campaign_id, complaint_id, batch_id, batch_number, receipt_number, "
					+ "channel, description, problem_types, region_code, key_case, supervised, status, transferred_on, "
					+ "sign_due, report_due, version, responsible_unit) SELECT ?, ?, complaint_id, batch_id, ?, "
					+ "receipt_number, channel, description, problem_types, region_code, key_case, supervised, "
					+ "'TRANSFERRED', current_date, current_date + 1, current_date + 30, 0, '尧都区人民政府' "
					+ "FROM transfer_batch_item WHERE batch_id = ?", caseId, campaign, number, batch);
			activity(c, "case_activity", "case_id", caseId, 1, "TRANSFERRED", null, "TRANSFERRED");
			c.commit();
		}
		clock.done(4);
		try (Connection c = this.pool.getConnection()) {
			queryInt(c, "SELECT version FROM case_file WHERE batch_id = ? AND region_code = '141002'", batch);
		}
		clock.done(5);
		transition(caseId, 2, "SIGNED", "TRANSFERRED", "UPDATE case_file SET status = 'SIGNED', signed_at = now(), "
				+ "leader_in_charge = '副区长 某某', lead_unit = '尧都区生态环境分局', version = version + 1 WHERE id = ?", null);
		clock.done(6);
		transition(caseId, 3, "REPORTED", "SIGNED",
				"UPDATE case_file SET status = 'REPORTED', version = version + 1 WHERE id = ?", (c) -> {
					UUID report = UUID.randomUUID();
					update(c, "INSERT INTO case_report (id, case_id, round, verdict, investigation, target_outcome, "
							+ "actions, ordered_to_rectify, penalised_units, fines_yuan, criminal_cases, "
							+ "administrative_detentions, criminal_detentions, summoned_persons, accountable_persons, "
							+ "referrals, closure, submitted_by, submitted_at) VALUES (?, ?, 1, 'PARTLY_TRUE', ?, '达标排放', "
							+ "'责令停产整改，立案处罚。', 1, 1, 50000, 0, 0, 0, 0, 0, 0, 'CLOSED', 'bench-handler', now())",
							report, caseId, "经现场核查，该单位治污设施未正常运行，群众反映的问题部分属实。");
					update(c, "INSERT INTO case_report_finding (report_id, position, allegation, verdict) VALUES "
							+ "(?, 1, '夜间偷排', 'TRUE'), (?, 2, '持续两个月', 'FALSE')", report, report);
				});
		clock.done(7);
		transition(caseId, 4, "CONCLUDED", "REPORTED", "UPDATE case_file SET status = 'CONCLUDED', closure = 'CLOSED', "
				+ "concluded_at = now(), version = version + 1 WHERE id = ?",
				(c) -> update(c, "INSERT INTO case_review (id, case_id, round, decision, problem_not_found_out, "
						+ "rectification_not_done, responsibility_not_pursued, complainant_not_satisfied, reviewed_by, "
						+ "reviewed_at) VALUES (?, ?, 1, 'ACCEPT', FALSE, FALSE, FALSE, FALSE, 'bench-officer', now())",
						UUID.randomUUID(), caseId));
		clock.done(8);
		try (Connection c = this.pool.getConnection()) {
			queryInt(c, "SELECT version FROM complaint WHERE receipt_number = ?", receipt);
		}
		clock.done(9);
	}

	interface Work {

		void on(Connection c) throws SQLException;

	}

	private void transition(UUID caseId, int sequence, String to, String from, String change, Work more)
			throws SQLException {
		try (Connection c = this.pool.getConnection()) {
			c.setAutoCommit(false);
			queryInt(c, "SELECT version FROM case_file WHERE id = ? FOR UPDATE", caseId);
			if (more != null) {
				more.on(c);
			}
			update(c, change, caseId);
			activity(c, "case_activity", "case_id", caseId, sequence, to, from, to);
			c.commit();
		}
	}

	private static void activity(Connection c, String table, String owner, UUID id, int sequence, String action,
			String from, String to) throws SQLException {
		update(c, "INSERT INTO " + table + " (id, " + owner
				+ ", sequence, occurred_at, actor, action, from_status, to_status) VALUES (?, ?, ?, now(), 'bench', ?, ?, ?)",
				UUID.randomUUID(), id, sequence, action, from, to);
	}

	private String letters(UUID campaign) {
		int k = (int) (Math.floorMod(campaign.getLeastSignificantBits(), 26 * 26 * 26));
		return "S" + (char) ('A' + k / 676 % 26) + (char) ('A' + k / 26 % 26) + (char) ('A' + k % 26);
	}

	private static int update(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			bind(statement, params);
			return statement.executeUpdate();
		}
	}

	private static int queryInt(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			bind(statement, params);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("no row: " + sql);
				}
				return rs.getInt(1);
			}
		}
	}

	private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
		for (int i = 0; i < params.length; i++) {
			statement.setObject(i + 1, params[i]);
		}
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
