package org.ducha.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ducha.similarity.ComplaintDocument;
import org.ducha.similarity.SimilarComplaints;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a database migrated by Ducha with generated campaigns, complaints (a fifth of them
 * repeats), case files in every state with their reports, reviews and timelines, the
 * statistics read model, follow-ups, disclosure rows and rectification tasks, through
 * {@code COPY}; sets the receipt counters to the numbers handed out; builds the
 * repeat-detection index the application will open; and opens the benchmark accounts.
 */
final class DataLoader {

	static final String PASSWORD = "bench-password-1";

	/** Benchmark accounts: username, role, region (handlers only). */
	static final String[][] ACCOUNTS = { { "bench-clerk", "INTAKE_CLERK", null },
			{ "bench-officer", "TEAM_OFFICER", null }, { "bench-leader", "TEAM_LEADER", null },
			{ "bench-handler", "LOCAL_HANDLER", "*" }, { "bench-admin", "ADMIN", null } };

	private final String url;

	private final long complaints;

	private final Path indexDir;

	DataLoader(String url, long cases, Path indexDir) {
		this.url = url;
		this.complaints = cases * 5 / 4;
		this.indexDir = indexDir;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "postgres", "");
	}

	int campaigns() {
		return (int) ((this.complaints + CaseModel.PER_CAMPAIGN - 1) / CaseModel.PER_CAMPAIGN);
	}

	void load() throws Exception {
		long started = System.nanoTime();
		org.flywaydb.core.Flyway.configure()
			.dataSource(this.url, "postgres", "")
			.locations("classpath:db/migration")
			.load()
			.migrate();
		accounts();
		if (this.complaints > 0) {
			campaignsAndCounters();
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<?>> parts = new ArrayList<>();
			parts.add(pool.submit(() -> run(this::complaintTables)));
			parts.add(pool.submit(() -> run(this::caseTables)));
			parts.add(pool.submit(() -> run(this::readModels)));
			if (this.indexDir != null) {
				parts.add(pool.submit(() -> run(this::repeatIndex)));
			}
			for (Future<?> part : parts) {
				part.get();
			}
			pool.shutdown();
			try (Connection c = connect(); Statement s = c.createStatement()) {
				// the statistics aggregate from the copied per-complaint rows: the same statements that fill it
				// for existing data in its migration
				String migration = new String(DataLoader.class.getResourceAsStream("/db/migration/V30__stats_daily.sql")
					.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				for (String statement : migration.substring(migration.indexOf("-- existing rows")).split(";")) {
					if (statement.contains("INSERT INTO")) {
						s.execute(statement.substring(statement.indexOf("INSERT INTO")));
					}
				}
				s.execute("ANALYZE");
			}
		}
		System.out.printf("loaded %,d complaints in %d campaigns in %.1f s%n", this.complaints, campaigns(),
				(System.nanoTime() - started) / 1e9);
	}

	interface Part {

		void run() throws Exception;

	}

	private static Object run(Part part) throws Exception {
		part.run();
		return null;
	}

	private void accounts() throws SQLException {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		try (Connection c = connect(); Statement s = c.createStatement()) {
			int n = 0;
			for (String[] account : ACCOUNTS) {
				UUID id = CaseModel.id(CaseModel.OFFICER, n++);
				s.execute("DELETE FROM officer_region WHERE officer_id = '" + id + "'");
				s.execute("DELETE FROM officer_role WHERE officer_id = '" + id + "'");
				s.execute("DELETE FROM officer WHERE id = '" + id + "'");
				s.execute("INSERT INTO officer (id, username, password_hash, display_name, enabled, created_at, version) "
						+ "VALUES ('" + id + "', '" + account[0] + "', '" + hash + "', '" + account[0] + "', TRUE, now(), 0)");
				s.execute("INSERT INTO officer_role (officer_id, role) VALUES ('" + id + "', '" + account[1] + "')");
				if (account[2] != null) {
					for (String[] county : Vocabulary.COUNTIES) {
						s.execute("INSERT INTO officer_region (officer_id, region_code) VALUES ('" + id + "', '"
								+ county[0] + "')");
					}
				}
			}
		}
	}

	private void campaignsAndCounters() throws SQLException {
		try (Connection c = connect()) {
			try (Copy campaigns = new Copy(c, "campaign",
					"id, team_name, inspected_region_code, inspected_region_name, start_date, end_date, hotline_phone, "
							+ "po_box, hotline_hours, scope, receipt_round, receipt_unit_letters, report_due_days, "
							+ "created_at, created_by, version")) {
				for (int k = 0; k < campaigns(); k++) {
					LocalDate start = CaseModel.start(k);
					campaigns.row(CaseModel.id(CaseModel.CAMPAIGN, k), "基准督察组" + (k + 1), "141000", "临汾市", start,
							start.plusDays(CaseModel.DAYS - 1), "0357-2069124", "山西省临汾市12369信箱", "8:00-20:00", "",
							CaseModel.ROUND, CaseModel.unitLetters(k), 30, start.atStartOfDay().toInstant(CaseModel.CHINA),
							"bench", 0);
				}
			}
			try (Copy counters = new Copy(c, "receipt_counter", "campaign_id, prefix, received_day, last_value")) {
				for (int k = 0; k < campaigns(); k++) {
					long inCampaign = Math.min(CaseModel.PER_CAMPAIGN, this.complaints - (long) k * CaseModel.PER_CAMPAIGN);
					for (int b = 0; b < CaseModel.BUCKETS && b < inCampaign; b++) {
						long count = (inCampaign - b + CaseModel.BUCKETS - 1) / CaseModel.BUCKETS;
						int channel = b / CaseModel.DAYS;
						counters.row(CaseModel.id(CaseModel.CAMPAIGN, k),
								CaseModel.LETTERS[channel] + CaseModel.ROUND + CaseModel.unitLetters(k),
								CaseModel.start(k).plusDays(b % CaseModel.DAYS), count);
					}
				}
			}
			try (Copy plans = new Copy(c, "rectification_plan",
					"id, campaign_id, title, from_cases, fed_back_on, adoption_due, adopted_on, created_by, created_at, version")) {
				for (int k = 0; k < campaigns(); k++) {
					LocalDate end = CaseModel.start(k).plusDays(CaseModel.DAYS);
					plans.row(CaseModel.id(CaseModel.PLAN, k), CaseModel.id(CaseModel.CAMPAIGN, k), "基准督察组" + (k + 1) + "交办信访件整改方案", true, end,
							end.plusDays(30), end.plusDays(20), "bench", end.atStartOfDay().toInstant(CaseModel.CHINA), 0);
				}
			}
			try (Copy batches = new Copy(c, "transfer_batch",
					"id, campaign_id, number, status, created_at, created_by, transferred_at, transferred_on, transferred_by, version")) {
				for (int k = 0; k < campaigns(); k++) {
					for (int d = 0; d < CaseModel.DAYS; d++) {
						LocalDate on = CaseModel.start(k).plusDays(d + 1);
						Instant at = on.atTime(9, 0).toInstant(CaseModel.CHINA);
						batches.row(CaseModel.id(CaseModel.BATCH, (long) k * 100 + d), CaseModel.id(CaseModel.CAMPAIGN, k),
								d + 1, "TRANSFERRED", at, "bench-officer", at.plusSeconds(600), on, "bench-officer", 1);
					}
				}
			}
		}
	}

	private void complaintTables() throws SQLException {
		try (Connection c = connect()) {
			try (Copy rows = new Copy(c, "complaint",
					"id, campaign_id, receipt_number, status, channel, received_at, received_day, recorded_message, "
							+ "reported_object_name, reported_object_address, location, description, sub_type, wishes, "
							+ "region_code, anonymous, may_contact, screening_decision, receiving_body, screened_at, "
							+ "registered_by, registered_at, version, region_source, suggested_region_code, "
							+ "suggested_confidence, outside_inspected_region, merged_into, status_before_merge")) {
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					boolean screened = !"RECEIVED".equals(m.complaintStatus());
					boolean handedOver = "HANDED_OVER".equals(m.complaintStatus());
					boolean merged = "MERGED".equals(m.complaintStatus());
					rows.row(m.complaintId(), m.campaignId(), m.receiptNumber(), m.complaintStatus(), m.channel(),
							m.receivedAt(), m.receivedDay(), false, m.site().objectName(), m.site().address(),
							m.site().location(), m.description(), Vocabulary.subType(m.site(), m.i()),
							Vocabulary.pick(Vocabulary.WISHES, m.i() >>> 3), m.site().regionCode(), true, false,
							screened ? (handedOver ? "HAND_OVER" : "ACCEPT") : null,
							handedOver ? m.site().county() + "信访局" : null,
							screened ? m.receivedAt().plusSeconds(3600) : null, "bench-clerk",
							m.receivedAt().plusSeconds(300), screened ? 1 : 0, "RESOLVED", m.site().regionCode(), 0.9,
							false, merged ? CaseModel.id(CaseModel.COMPLAINT, i - 1) : null, merged ? "ACCEPTED" : null);
				}
			}
			try (Copy rows = new Copy(c, "complaint_problem_type", "complaint_id, problem_type")) {
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					rows.row(m.complaintId(), m.site().problemType());
				}
			}
			try (Copy rows = new Copy(c, "complaint_activity",
					"id, complaint_id, sequence, occurred_at, actor, action, from_status, to_status, remark")) {
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					rows.row(CaseModel.id(CaseModel.COMPLAINT_ACTIVITY, i * 4), m.complaintId(), 1,
							m.receivedAt().plusSeconds(300), "bench-clerk", "REGISTERED", null, "RECEIVED", null);
					if (!"RECEIVED".equals(m.complaintStatus())) {
						String to = "MERGED".equals(m.complaintStatus()) ? "ACCEPTED" : m.complaintStatus();
						rows.row(CaseModel.id(CaseModel.COMPLAINT_ACTIVITY, i * 4 + 1), m.complaintId(), 2,
								m.receivedAt().plusSeconds(3600), "bench-officer", to, "RECEIVED", to, null);
					}
				}
			}
		}
	}

	private void caseTables() throws SQLException {
		try (Connection c = connect()) {
			try (Copy items = new Copy(c, "transfer_batch_item",
					"batch_id, position, complaint_id, receipt_number, channel, region_code, problem_types, description, "
							+ "key_case, supervised, sub_type");
					Copy files = Copy.alone(connect(), "case_file",
							"id, campaign_id, complaint_id, batch_id, batch_number, receipt_number, channel, description, "
									+ "problem_types, region_code, key_case, supervised, status, status_before_return, "
									+ "transferred_on, sign_due, report_due, signed_at, leader_in_charge, lead_unit, "
									+ "assisting_units, closure, concluded_at, version, responsible_unit, suggested_lead_unit")) {
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					if (!m.hasCase()) {
						continue;
					}
					items.row(m.batchId(), m.local(), m.complaintId(), m.receiptNumber(), m.channel(),
							m.site().regionCode(), m.site().problemType(), m.description(), m.keyCase(), false,
							Vocabulary.subType(m.site(), m.i()));
					LocalDate on = m.transferredOn();
					Instant signed = on.atTime(15, 0).toInstant(CaseModel.CHINA);
					boolean concluded = "CONCLUDED".equals(m.caseStatus());
					files.row(m.caseId(), m.campaignId(), m.complaintId(), m.batchId(), m.batchNumber(),
							m.receiptNumber(), m.channel(), m.description(), m.site().problemType(), m.site().regionCode(),
							m.keyCase(), false, m.caseStatus(),
							"RETURNED_TO_TEAM".equals(m.caseStatus()) ? "TRANSFERRED" : null, on, on.plusDays(1),
							on.plusDays(30), (m.stage() >= 2) ? signed : null,
							(m.stage() >= 2) ? "副县长 某某" : null, (m.stage() >= 2) ? m.leadUnit() : null, null,
							(m.stage() >= 4) ? m.closure() : null,
							concluded ? on.plusDays(20).atTime(10, 0).toInstant(CaseModel.CHINA) : null, m.stage(),
							m.site().county() + "人民政府", m.leadUnit());
				}
			}
			try (Copy rows = new Copy(c, "case_activity",
					"id, case_id, sequence, occurred_at, actor, action, from_status, to_status, remark")) {
				String[] actions = { "TRANSFERRED", "SIGNED", "REPORTED" };
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					if (!m.hasCase()) {
						continue;
					}
					Instant at = m.transferredOn().atTime(9, 10).toInstant(CaseModel.CHINA);
					String previous = null;
					int stage = m.stage();
					for (int s = 0; s < Math.min(stage, 3); s++) {
						rows.row(CaseModel.id(CaseModel.CASE_ACTIVITY, i * 8 + s), m.caseId(), s + 1,
								at.plus(Duration.ofDays(s * 5L)), (s == 0) ? "bench-officer" : "bench-handler", actions[s],
								previous, actions[s], (s == 0) ? "#" + m.batchNumber() : null);
						previous = actions[s];
					}
					if (stage == 4) {
						rows.row(CaseModel.id(CaseModel.CASE_ACTIVITY, i * 8 + 3), m.caseId(), 4,
								at.plus(Duration.ofDays(20)), "bench-officer", m.caseStatus(), "REPORTED", m.caseStatus(),
								null);
					}
					if ("RETURNED_TO_TEAM".equals(m.caseStatus())) {
						rows.row(CaseModel.id(CaseModel.CASE_ACTIVITY, i * 8 + 1), m.caseId(), 2,
								at.plus(Duration.ofHours(3)), "bench-handler", "RETURNED_TO_TEAM", "TRANSFERRED",
								"RETURNED_TO_TEAM", "不属于本辖区（行政区划核实）");
					}
				}
			}
			try (Copy reports = new Copy(c, "case_report",
					"id, case_id, round, verdict, investigation, target_outcome, actions, ordered_to_rectify, "
							+ "penalised_units, fines_yuan, criminal_cases, administrative_detentions, criminal_detentions, "
							+ "summoned_persons, accountable_persons, referrals, closure, submitted_by, submitted_at");
					Copy reviews = Copy.alone(connect(), "case_review",
							"id, case_id, round, decision, reasons, problem_not_found_out, rectification_not_done, "
									+ "responsibility_not_pursued, complainant_not_satisfied, reviewed_by, reviewed_at")) {
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					if (!m.hasCase() || m.stage() < 3) {
						continue;
					}
					Instant at = m.transferredOn().atTime(16, 0).toInstant(CaseModel.CHINA).plus(Duration.ofDays(10));
					reports.row(CaseModel.id(CaseModel.REPORT, i), m.caseId(), 1, m.verdict(),
							"经现场核查，" + m.site().objectName() + "存在群众反映的问题。", "达标排放",
							"责令停产整改，立案处罚。", 1, 1, 50_000, 0, 0, 0, 0, 0, 0, m.closure(), "bench-handler", at);
					if (m.stage() == 4) {
						boolean accepted = "CONCLUDED".equals(m.caseStatus());
						reviews.row(CaseModel.id(CaseModel.REVIEW, i), m.caseId(), 1, accepted ? "ACCEPT" : "RETURN",
								accepted ? null : "问题未查清", !accepted, false, false, false, "bench-officer",
								at.plus(Duration.ofDays(10)));
					}
				}
			}
			try (Copy tasks = new Copy(c, "rectification_task",
					"id, plan_id, campaign_id, case_id, seq_no, problem, target, measures, lead_unit, leader, "
							+ "responsible_person, region_code, kind, start_on, deadline, status, progress, "
							+ "unable_to_finish, created_at, version")) {
				String[] statuses = { "PLANNED", "IN_PROGRESS", "CLOSEOUT_REQUESTED", "ACCEPTED", "IN_PUBLIC_NOTICE",
						"WRITTEN_OFF", "REOPENED" };
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					if (!m.hasCase() || !m.hasTask()) {
						continue;
					}
					LocalDate from = m.transferredOn().plusDays(25);
					String status = Vocabulary.pick(List.of(statuses), Vocabulary.mix(i ^ 0x8888));
					tasks.row(CaseModel.id(CaseModel.TASK, i), CaseModel.id(CaseModel.PLAN, m.campaign()),
							m.campaignId(), m.caseId(), m.local() + 1, m.description(), "问题整改到位，群众满意",
							"停产整改，完善治污设施", m.leadUnit(), "副县长 某某", "局长 某某", m.site().regionCode(),
							"BY_DEADLINE", from, from.plusDays(90), status,
							"ACCEPTED".equals(status) ? 100 : (int) Math.floorMod(i, 90), false,
							from.atStartOfDay().toInstant(CaseModel.CHINA), 0);
				}
			}
		}
	}

	private void readModels() throws SQLException {
		try (Connection c = connect()) {
			try (Copy stats = new Copy(c, "stats_complaint",
					"complaint_id, campaign_id, channel, received_day, region_code, accepted, handed_over, transferred, "
							+ "key_case, case_id, batch_number, closure, verdict, ordered_to_rectify, penalised_units, "
							+ "fines_yuan, signed_on_time, reported_on_time, returns, merged_into");
					Copy types = Copy.alone(connect(), "stats_complaint_type", "complaint_id, campaign_id, problem_type")) {
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					boolean concluded = "CONCLUDED".equals(m.caseStatus());
					boolean reported = m.hasCase() && m.stage() >= 3;
					stats.row(m.complaintId(), m.campaignId(), m.channel(), m.receivedDay(), m.site().regionCode(),
							!"RECEIVED".equals(m.complaintStatus()) && !"HANDED_OVER".equals(m.complaintStatus()),
							"HANDED_OVER".equals(m.complaintStatus()), m.hasCase(), m.hasCase() ? m.keyCase() : null,
							m.hasCase() ? m.caseId() : null, m.hasCase() ? m.batchNumber() : null,
							concluded ? m.closure() : null, reported ? m.verdict() : null, reported ? 1 : null,
							reported ? 1 : null, reported ? 50_000L : null, (m.hasCase() && m.stage() >= 2) ? true : null,
							reported ? true : null, "RETURNED".equals(m.caseStatus()) ? 1 : 0,
							"MERGED".equals(m.complaintStatus()) ? CaseModel.id(CaseModel.COMPLAINT, i - 1) : null);
					types.row(m.complaintId(), m.campaignId(), m.site().problemType());
				}
			}
			try (Copy followUps = new Copy(c, "follow_up",
					"id, case_id, complaint_id, campaign_id, region_code, status, method, outcome, created_at, done_at, "
							+ "done_by, version");
					Copy disclosures = Copy.alone(connect(), "disclosure_entry",
							"id, campaign_id, case_id, batch_id, batch_number, receipt_number, region_code, problem_types, "
									+ "summary, investigation, verdict, target_outcome, actions, closure, is_update, "
									+ "redactions, status, created_at, published_at, published_by, version")) {
				for (long i = 0; i < this.complaints; i++) {
					CaseModel m = CaseModel.of(i);
					if (!"CONCLUDED".equals(m.caseStatus())) {
						continue;
					}
					Instant concluded = m.transferredOn().plusDays(20).atTime(10, 0).toInstant(CaseModel.CHINA);
					boolean done = Math.floorMod(Vocabulary.mix(i ^ 0x9999), 2) == 0;
					followUps.row(CaseModel.id(CaseModel.FOLLOW_UP, i), m.caseId(), m.complaintId(), m.campaignId(),
							m.site().regionCode(), done ? "DONE" : "PENDING", done ? "PHONE" : null,
							done ? "SATISFIED" : null, concluded, done ? concluded.plus(Duration.ofDays(3)) : null,
							done ? "bench-followup" : null, done ? 1 : 0);
					disclosures.row(CaseModel.id(CaseModel.DISCLOSURE, i), m.campaignId(), m.caseId(), m.batchId(),
							m.batchNumber(), m.receiptNumber(), m.site().regionCode(), m.site().problemType(),
							m.description(), "经现场核查，该单位存在群众反映的问题。", m.verdict(), "达标排放", "责令停产整改，立案处罚。",
							m.closure(), false, 0, "PUBLISHED", concluded, concluded.plus(Duration.ofDays(1)),
							"bench-officer", 1);
				}
			}
		}
	}

	private void repeatIndex() {
		try (SimilarComplaints index = SimilarComplaints.at(this.indexDir)) {
			for (long i = 0; i < this.complaints; i++) {
				CaseModel m = CaseModel.of(i);
				index.index(new ComplaintDocument(m.complaintId(), m.receiptNumber(), m.campaignId(), m.receivedAt(),
						m.site().regionCode(), m.site().objectName(), m.site().address(), m.site().location(),
						m.description(), Set.of(m.site().problemType())));
			}
			// the moment the index is current up to (RepeatIndex.UP_TO): the application then catches up
			// from here instead of rebuilding the whole index at start
			index.commit(java.util.Map.of("upTo", java.time.Instant.now().toString()));
		}
	}

	/** Rows and sizes of the biggest tables, as Markdown. */
	String sizes() throws SQLException {
		StringBuilder out = new StringBuilder("| table | rows | size (MB, with indexes) |\n|---|---|---|\n");
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT relname, n_live_tup, pg_total_relation_size(relid) "
						+ "FROM pg_stat_user_tables ORDER BY 3 DESC LIMIT 16")) {
			while (rs.next()) {
				out.append(String.format("| %s | %,d | %.1f |%n", rs.getString(1), rs.getLong(2),
						rs.getLong(3) / 1048576.0));
			}
		}
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
			rs.next();
			out.append(String.format("| **database** | | **%.1f** |%n", rs.getLong(1) / 1048576.0));
		}
		return out.toString();
	}

}
