package org.ducha.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.ComplaintIntake;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.FileStore;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel import of complaints (批量导入): upload an xlsx export, map its columns (remembered
 * per source), get a dry run that checks every row against the same intake rules as a
 * typed complaint and reports per row and column, then import — only after a dry run
 * without errors, all rows in one transaction (all or nothing), each through
 * {@link ComplaintIntake#register} with an idempotency key from the row's fingerprint,
 * and every imported row remembered per source, so re-importing a file adds nothing.
 */
@Service
public class ComplaintImports {

	/** Errors kept per dry run; the count covers all. */
	public static final int MAX_STORED_ERRORS = 2000;

	private static final int PROGRESS_EVERY = 200;

	private static final Logger log = LoggerFactory.getLogger(ComplaintImports.class);

	private final JdbcClient jdbc;

	private final ComplaintIntake intake;

	private final CampaignRegistry campaigns;

	private final FileStore files;

	private final TransactionTemplate transactions;

	private final TransactionTemplate separately;

	private final EntityManager entities;

	private final TaskExecutor executor;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final int maxRows;

	private final int maxCellChars;

	ComplaintImports(JdbcClient jdbc, ComplaintIntake intake, CampaignRegistry campaigns, FileStore files,
			PlatformTransactionManager transactionManager, EntityManager entities,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			MessageSource messages, JsonMapper json, Clock clock, @Value("${ducha.imports.max-rows:50000}") int maxRows,
			@Value("${ducha.imports.max-cell-chars:32767}") int maxCellChars) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.campaigns = campaigns;
		this.files = files;
		this.transactions = new TransactionTemplate(transactionManager);
		this.separately = new TransactionTemplate(transactionManager);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.entities = entities;
		this.executor = executor;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.maxRows = maxRows;
		this.maxCellChars = maxCellChars;
	}

	/**
	 * Uploads a file and runs the dry run.
	 * @param campaignId the campaign
	 * @param sourceName the source, e.g. 12345 热线
	 * @param fileName the file's name
	 * @param content the file
	 * @param mapping field → column header, or null for the source's remembered mapping
	 * (or one guessed from the headers)
	 * @param actor the clerk
	 * @return the dry-run report
	 * @throws RuleViolationException when the file cannot be read at all (field
	 * {@code file})
	 */
	public ImportReport upload(UUID campaignId, String sourceName, String fileName, InputStream content,
			Map<String, String> mapping, String actor) {
		List<FieldViolation> violations = new ArrayList<>();
		if (campaignId == null) {
			violations.add(new FieldViolation("campaignId", "field.required"));
		}
		String source = (sourceName != null) ? sourceName.strip() : "";
		if (source.isEmpty()) {
			violations.add(new FieldViolation("source", "field.required"));
		}
		else if (source.length() > 100) {
			violations.add(new FieldViolation("source", "field.tooLong", 100));
		}
		if (content == null) {
			violations.add(new FieldViolation("file", "field.required"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		this.campaigns.get(campaignId);
		FileStore.Stored stored = this.files.store(content);
		SpreadsheetReader.Sheet sheet;
		try {
			sheet = read(stored.key());
		}
		catch (ImportFileException ex) {
			this.files.delete(stored.key());
			throw new RuleViolationException(new FieldViolation("file", ex.code(), ex.args()));
		}
		Map<String, String> chosen = (mapping != null && !mapping.isEmpty()) ? mapping
				: remembered(source).orElseGet(() -> guess(sheet.headers()));
		UUID id = UUID.randomUUID();
		Check check = check(campaignId, source, sheet, chosen);
		String name = (fileName != null && fileName.length() > 255) ? fileName.substring(0, 255) : fileName;
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("INSERT INTO import_run (id, campaign_id, source_name, file_name, file_key, file_sha256, "
					+ "mapping, headers, status, total_rows, error_rows, error_count, duplicate_rows, done_rows, "
					+ "imported_rows, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")
				.params(id, campaignId, source, name, stored.key(), stored.sha256(), write(chosen),
						write(sheet.headers()), ImportStatus.CHECKED.name(), check.total, check.errorRows,
						check.errors.size(), check.duplicates, actor, Timestamp.from(this.clock.instant()))
				.update();
			storeErrors(id, check.errors);
			remember(source, chosen, actor);
		});
		return get(id);
	}

	/**
	 * Runs the dry run again with another mapping.
	 * @param id the import
	 * @param mapping field → column header
	 * @param actor the clerk
	 * @return the new report
	 */
	public ImportReport remap(UUID id, Map<String, String> mapping, String actor) {
		ImportReport run = get(id);
		if (run.status() != ImportStatus.CHECKED) {
			throw new ConflictException("import.notChecked");
		}
		String key = fileKey(id);
		SpreadsheetReader.Sheet sheet = read(key);
		Map<String, String> chosen = (mapping != null) ? mapping : Map.of();
		Check check = check(run.campaignId(), run.sourceName(), sheet, chosen);
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("DELETE FROM import_error WHERE run_id = ?").param(id).update();
			this.jdbc
				.sql("UPDATE import_run SET mapping = ?, total_rows = ?, error_rows = ?, error_count = ?, "
						+ "duplicate_rows = ? WHERE id = ? AND status = ?")
				.params(write(chosen), check.total, check.errorRows, check.errors.size(), check.duplicates, id,
						ImportStatus.CHECKED.name())
				.update();
			storeErrors(id, check.errors);
			remember(run.sourceName(), chosen, actor);
		});
		return get(id);
	}

	/**
	 * Starts the import of a dry run without errors; it runs in the background (follow it
	 * with {@link #get}).
	 * @param id the import
	 * @param actor the clerk
	 * @return the report, now importing
	 * @throws ConflictException when the dry run has errors, nothing new, or the import
	 * started already
	 */
	public ImportReport commit(UUID id, String actor) {
		ImportReport run = get(id);
		if (!run.committable()) {
			throw new ConflictException("import.notCommittable");
		}
		int started = this.jdbc.sql("UPDATE import_run SET status = ? WHERE id = ? AND status = ? AND error_count = 0")
			.params(ImportStatus.IMPORTING.name(), id, ImportStatus.CHECKED.name())
			.update();
		if (started != 1) {
			throw new ConflictException("import.notCommittable");
		}
		this.executor.execute(() -> runImport(id, actor));
		return get(id);
	}

	/**
	 * An import's report and progress.
	 * @param id the import
	 * @return the report
	 */
	public ImportReport get(UUID id) {
		List<ImportReport.CellError> errors = this.jdbc.sql(
				"SELECT row_number, column_name, field, code, args FROM import_error WHERE run_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> new ImportReport.CellError(rs.getInt(1), rs.getString(2), rs.getString(3),
					message(rs.getString(4), read(rs.getString(5), new TypeReference<List<String>>() {
					}).toArray())))
			.list();
		return this.jdbc.sql(RUN + " WHERE id = ?")
			.param(id)
			.query((rs, row) -> report(rs, errors))
			.optional()
			.orElseThrow(() -> new NotFoundException("import.notFound", id));
	}

	/**
	 * The latest imports.
	 * @return up to 20, newest first
	 */
	public List<ImportReport> recent() {
		return this.jdbc.sql(RUN + " ORDER BY created_at DESC LIMIT 20")
			.query((rs, row) -> report(rs, List.of()))
			.list();
	}

	/**
	 * The fields a column can be mapped to.
	 * @return field names, in form order
	 */
	public List<ImportField> fields() {
		return List.of(ImportField.values());
	}

	private void runImport(UUID id, String actor) {
		long started = System.nanoTime();
		try {
			ImportReport run = get(id);
			SpreadsheetReader.Sheet sheet = read(fileKey(id));
			CampaignDetails campaign = this.campaigns.get(run.campaignId());
			ImportRows rows = new ImportRows(campaign.id(), campaign.zone(), columns(run.mapping(), sheet.headers()),
					this.maxCellChars);
			Set<String> seen = new HashSet<>(fingerprints(run.sourceName()));
			this.transactions.executeWithoutResult((status) -> {
				int done = 0;
				int imported = 0;
				for (SpreadsheetReader.SheetRow row : sheet.rows()) {
					ImportRows.Reading reading = rows.read(row);
					if (!seen.add(reading.fingerprint())) {
						continue;
					}
					if (reading.registration() == null) {
						throw new RuleViolationException(reading.errors());
					}
					UUID complaintId = this.intake
						.register(campaign.id(), reading.registration(), actor, "xlsx-" + reading.fingerprint())
						.complaint()
						.id();
					this.jdbc.sql(
							"INSERT INTO import_row (source_name, fingerprint, complaint_id, run_id) VALUES (?, ?, ?, ?)")
						.params(run.sourceName(), reading.fingerprint(), complaintId, id)
						.update();
					imported++;
					done++;
					if (done % PROGRESS_EVERY == 0) {
						this.entities.flush();
						this.entities.clear();
						int progress = done;
						this.separately.executeWithoutResult(
								(inner) -> this.jdbc.sql("UPDATE import_run SET done_rows = ? WHERE id = ?")
									.params(progress, id)
									.update());
					}
				}
				this.jdbc
					.sql("UPDATE import_run SET status = ?, done_rows = ?, imported_rows = ?, finished_at = ?, "
							+ "duration_ms = ? WHERE id = ?")
					.params(ImportStatus.IMPORTED.name(), done, imported, Timestamp.from(this.clock.instant()),
							(System.nanoTime() - started) / 1_000_000, id)
					.update();
			});
			log.info("Import {} finished in {} ms", id, (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed and was rolled back", id, ex);
			String failure = (ex instanceof RuleViolationException rules && !rules.violations().isEmpty())
					? rules.violations().get(0).field() + ": " + rules.violations().get(0).code() : "import.failed";
			this.separately.executeWithoutResult((status) -> this.jdbc.sql(
					"UPDATE import_run SET status = ?, file_error = ?, done_rows = 0, finished_at = ?, duration_ms = ? "
							+ "WHERE id = ?")
				.params(ImportStatus.FAILED.name(), (failure.length() > 100) ? failure.substring(0, 100) : failure,
						Timestamp.from(this.clock.instant()), (System.nanoTime() - started) / 1_000_000, id)
				.update());
		}
	}

	private Check check(UUID campaignId, String source, SpreadsheetReader.Sheet sheet, Map<String, String> mapping) {
		CampaignDetails campaign = this.campaigns.get(campaignId);
		List<Finding> errors = new ArrayList<>();
		Map<String, String> fieldColumns = new LinkedHashMap<>();
		List<String> headers = sheet.headers();
		for (Map.Entry<String, String> entry : mapping.entrySet()) {
			if (entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			if (ImportField.of(entry.getKey()).isEmpty()) {
				errors.add(finding(1, entry.getValue(), entry.getKey(), "import.mapping.unknownField", entry.getKey()));
			}
			else if (!headers.contains(entry.getValue().strip())) {
				errors.add(
						finding(1, entry.getValue(), entry.getKey(), "import.mapping.columnMissing", entry.getValue()));
			}
			else {
				fieldColumns.put(entry.getKey(), entry.getValue().strip());
			}
		}
		for (ImportField field : ImportField.values()) {
			if (field.required() && !fieldColumns.containsKey(field.field())) {
				errors.add(finding(1, null, field.field(), "import.mapping.required"));
			}
		}
		int total = sheet.rows().size();
		if (!errors.isEmpty()) {
			return new Check(total, 0, 0, errors);
		}
		ImportRows rows = new ImportRows(campaignId, campaign.zone(), columns(fieldColumns, headers),
				this.maxCellChars);
		Set<String> seen = new HashSet<>(fingerprints(source));
		int duplicates = 0;
		int errorRows = 0;
		for (SpreadsheetReader.SheetRow row : sheet.rows()) {
			ImportRows.Reading reading = rows.read(row);
			if (!seen.add(reading.fingerprint())) {
				duplicates++;
				continue;
			}
			List<FieldViolation> problems = (reading.registration() != null)
					? this.intake.check(campaignId, reading.registration()) : reading.errors();
			if (!problems.isEmpty()) {
				errorRows++;
				for (FieldViolation problem : problems) {
					errors.add(finding(row.number(), fieldColumns.get(problem.field()), problem.field(), problem.code(),
							problem.args()));
				}
			}
		}
		return new Check(total, duplicates, errorRows, errors);
	}

	private static Map<ImportField, Integer> columns(Map<String, String> mapping, List<String> headers) {
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		mapping.forEach((field, header) -> ImportField.of(field).ifPresent((known) -> {
			int column = headers.indexOf((header != null) ? header.strip() : null);
			if (column >= 0) {
				columns.put(known, column);
			}
		}));
		return columns;
	}

	static Map<String, String> guess(List<String> headers) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (String header : headers) {
			for (ImportField field : ImportField.values()) {
				if (!mapping.containsKey(field.field()) && !header.isBlank() && field.recognises(header)) {
					mapping.put(field.field(), header);
					break;
				}
			}
		}
		return mapping;
	}

	/**
	 * The mapping last used for a source.
	 * @param source the source
	 * @return field → column header
	 */
	public java.util.Optional<Map<String, String>> remembered(String source) {
		return this.jdbc.sql("SELECT mapping FROM import_mapping WHERE source_name = ?")
			.param(source)
			.query(String.class)
			.optional()
			.map((text) -> read(text, new TypeReference<Map<String, String>>() {
			}));
	}

	private void remember(String source, Map<String, String> mapping, String actor) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc
			.sql("UPDATE import_mapping SET mapping = ?, updated_at = ?, updated_by = ? WHERE source_name = ?")
			.params(write(mapping), now, actor, source)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO import_mapping (source_name, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?)")
				.params(source, write(mapping), now, actor)
				.update();
		}
	}

	private List<String> fingerprints(String source) {
		return this.jdbc.sql("SELECT fingerprint FROM import_row WHERE source_name = ?")
			.param(source)
			.query(String.class)
			.list();
	}

	private void storeErrors(UUID id, List<Finding> findings) {
		int position = 0;
		for (Finding finding : findings.subList(0, Math.min(findings.size(), MAX_STORED_ERRORS))) {
			this.jdbc
				.sql("INSERT INTO import_error (run_id, position, row_number, field, column_name, code, args) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(id, position++, finding.row(), finding.field(), finding.column(), finding.code(),
						write(finding.args()))
				.update();
		}
	}

	private static Finding finding(int row, String column, String field, String code, Object... args) {
		List<String> texts = new ArrayList<>();
		for (Object arg : args) {
			String text = String.valueOf(arg);
			texts.add((text.length() > 60) ? text.substring(0, 60) + "…" : text);
		}
		return new Finding(row, (column != null && column.length() > 200) ? column.substring(0, 200) : column,
				(field.length() > 60) ? field.substring(0, 60) : field, code, texts);
	}

	/**
	 * One problem found by a dry run, as stored: the message key and its arguments.
	 */
	private record Finding(int row, String column, String field, String code, List<String> args) {

	}

	private SpreadsheetReader.Sheet read(String key) {
		Path temp = null;
		try {
			temp = Files.createTempFile("ducha-import", ".xlsx");
			Files.write(temp, this.files.read(key));
			return new SpreadsheetReader(this.maxRows, this.maxCellChars).read(temp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", temp);
				}
			}
		}
	}

	private String fileKey(UUID id) {
		return this.jdbc.sql("SELECT file_key FROM import_run WHERE id = ?").param(id).query(String.class).single();
	}

	private String message(String code, Object[] args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	private <T> T read(String text, TypeReference<T> type) {
		return this.json.readValue((text != null) ? text : "null", type);
	}

	private static final String RUN = "SELECT id, campaign_id, source_name, file_name, status, file_error, total_rows, "
			+ "duplicate_rows, error_rows, error_count, done_rows, imported_rows, headers, mapping, created_by, "
			+ "created_at, finished_at, duration_ms FROM import_run";

	private ImportReport report(ResultSet rs, List<ImportReport.CellError> errors) throws SQLException {
		int total = rs.getInt(7);
		int duplicates = rs.getInt(8);
		int errorRows = rs.getInt(9);
		OffsetDateTime finished = rs.getObject(17, OffsetDateTime.class);
		long duration = rs.getLong(18);
		boolean noDuration = rs.wasNull();
		String failure = rs.getString(6);
		return new ImportReport(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), ImportStatus.valueOf(rs.getString(5)),
				(failure != null) ? failureMessage(failure) : null, total, total - duplicates - errorRows, duplicates,
				errorRows, rs.getInt(10), rs.getInt(11), rs.getInt(12),
				read(rs.getString(13), new TypeReference<List<String>>() {
				}), read(rs.getString(14), new TypeReference<Map<String, String>>() {
				}), errors, rs.getString(15), rs.getObject(16, OffsetDateTime.class).toInstant(),
				(finished != null) ? finished.toInstant() : null, noDuration ? null : duration);
	}

	private String failureMessage(String failure) {
		int colon = failure.indexOf(": ");
		if (colon < 0) {
			return message(failure, new Object[0]);
		}
		return failure.substring(0, colon) + ": " + message(failure.substring(colon + 2), new Object[0]);
	}

	private record Check(int total, int duplicates, int errorRows, List<Finding> errors) {

	}

}
