package org.ducha.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.Jurisdiction;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;
import org.ducha.shared.TableDocument;

/**
 * The documents of rectification: the plan's ledger in the public format (问题序号 | 具体内容 |
 * 整改目标 | 整改措施 | 完成情况 | 责任单位 | 完成时限) as Excel and PDF, the monthly progress report, and
 * the import of the team's feedback problems from Excel (all rows or none).
 */
@Service
public class RectificationLedger {

	/** The most problems one import takes. */
	static final int MAX_IMPORT_ROWS = 2000;

	private static final Set<String> SEQ_HEADERS = Set.of("序号", "问题序号", "no", "no.", "number");

	private static final Set<String> CONTENT_HEADERS = Set.of("具体内容", "问题", "问题内容", "反馈问题", "content", "problem");

	private static final Set<String> CATEGORY_HEADERS = Set.of("类别", "问题类别", "分类", "category");

	private final RectificationQueries queries;

	private final RectificationPlanning planning;

	private final MessageSource messages;

	private final Clock clock;

	RectificationLedger(RectificationQueries queries, RectificationPlanning planning, MessageSource messages,
			Clock clock) {
		this.queries = queries;
		this.planning = planning;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A plan's ledger in the public format.
	 */
	@Transactional(readOnly = true)
	public TableDocument ledger(UUID planId, Jurisdiction jurisdiction, Locale locale) {
		PlanView plan = this.planning.planView(planId);
		List<TaskView> tasks = this.queries
			.tasks(new TaskFilter(plan.campaignId(), planId, null, null, null, null, null), jurisdiction);
		List<String> headers = List.of(text("ledger.seqNo", locale), text("ledger.content", locale),
				text("ledger.target", locale), text("ledger.measures", locale), text("ledger.completion", locale),
				text("ledger.unit", locale), text("ledger.deadline", locale));
		List<List<String>> rows = new ArrayList<>();
		for (TaskView task : tasks) {
			rows.add(List.of(String.valueOf(task.seqNo()), task.problem(), task.target(), task.measures(),
					completion(task, locale), units(task), deadline(task, locale)));
		}
		return new TableDocument(plan.title(), headers, List.of(6, 30, 20, 30, 24, 14, 10), rows);
	}

	/**
	 * The monthly progress report (月度调度): every task's status, colour, progress and
	 * expected progress at the end of the month (or today for the running month), and the
	 * month's progress reports.
	 */
	@Transactional(readOnly = true)
	public TableDocument monthly(UUID campaignId, YearMonth month, Jurisdiction jurisdiction, Locale locale) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
		LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
		List<TaskView> tasks = this.queries.tasks(new TaskFilter(campaignId, null, null, null, null, null, null),
				jurisdiction, asOf);
		List<String> headers = List.of(text("ledger.seqNo", locale), text("ledger.content", locale),
				text("ledger.unit", locale), text("ledger.deadline", locale), text("rectification.status", locale),
				text("rectification.colour", locale), text("rectification.progress", locale),
				text("rectification.expected", locale), text("rectification.monthReports", locale));
		List<List<String>> rows = new ArrayList<>();
		for (TaskView task : tasks) {
			String reports = String.join("\n",
					task.reports()
						.stream()
						.filter((report) -> YearMonth.from(report.reportedOn()).equals(month))
						.map((report) -> report.reportedOn() + " " + report.percent() + "% " + report.narrative())
						.toList());
			rows.add(List.of(String.valueOf(task.seqNo()), task.problem(), units(task), deadline(task, locale),
					text("taskStatus." + task.status(), locale),
					task.status().isOpen() ? text("warning." + task.colour(), locale) : "", task.progress() + "%",
					(task.expectedProgress() != null) ? task.expectedProgress() + "%" : "", reports));
		}
		return new TableDocument(text("rectification.monthly.title", locale, month.toString()), headers,
				List.of(6, 30, 14, 10, 8, 6, 6, 6, 30), rows);
	}

	private String completion(TaskView task, Locale locale) {
		String status = text("taskStatus." + task.status(), locale);
		if (task.completion() != null) {
			return status + "。" + task.completion();
		}
		if (!task.reports().isEmpty()) {
			ProgressView last = task.reports().get(task.reports().size() - 1);
			return status + "（" + last.percent() + "%）。" + last.narrative();
		}
		return status;
	}

	private static String units(TaskView task) {
		return (task.coUnits() != null) ? task.leadUnit() + "（" + task.coUnits() + "）" : task.leadUnit();
	}

	private String deadline(TaskView task, Locale locale) {
		return (task.deadline() != null) ? task.deadline().toString() : text("taskKind." + task.kind(), locale);
	}

	/**
	 * Imports feedback problems from the first sheet of an xlsx file with the columns 序号
	 * (optional), 具体内容 and 类别 (optional), found by their headers in the first five rows.
	 * Every row is checked first; with any error nothing is imported and every error is
	 * reported with its row ({@code rows[7].content}).
	 * @return the problems imported
	 */
	@Transactional
	public List<ProblemView> importProblems(UUID campaignId, LocalDate fedBackOn, InputStream content, String actor) {
		this.planning.settings(campaignId);
		if (fedBackOn == null) {
			throw new RuleViolationException(new FieldViolation("fedBackOn", "field.required"));
		}
		List<ProblemDraft> drafts = new ArrayList<>();
		List<FieldViolation> violations = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(content)) {
			Sheet sheet = workbook.getSheetAt(0);
			Columns columns = columns(sheet);
			if (columns == null) {
				throw new RuleViolationException(new FieldViolation("file", "rectification.import.noHeader"));
			}
			if (sheet.getLastRowNum() - columns.headerRow() > MAX_IMPORT_ROWS) {
				throw new RuleViolationException(
						new FieldViolation("file", "rectification.import.tooManyRows", MAX_IMPORT_ROWS));
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Set<Integer> seen = new HashSet<>();
			for (int r = columns.headerRow() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || isBlank(row, formatter)) {
					continue;
				}
				String prefix = "rows[" + (r + 1) + "].";
				if (hasFormula(row)) {
					violations.add(new FieldViolation(prefix + "content", "rectification.import.formula"));
					continue;
				}
				Integer seqNo = null;
				if (columns.seqNo() >= 0) {
					String seq = formatter.formatCellValue(row.getCell(columns.seqNo())).strip();
					if (!seq.isEmpty()) {
						try {
							seqNo = Integer.valueOf(seq.replaceAll("\\.0+$", ""));
							if (!seen.add(seqNo)) {
								violations
									.add(new FieldViolation(prefix + "seqNo", "rectification.seqNo.repeated", seqNo));
							}
						}
						catch (NumberFormatException ex) {
							violations.add(new FieldViolation(prefix + "seqNo", "rectification.seqNo.range"));
							continue;
						}
					}
				}
				String category = (columns.category() >= 0) ? formatter.formatCellValue(row.getCell(columns.category()))
						: null;
				ProblemDraft draft = new ProblemDraft(seqNo, formatter.formatCellValue(row.getCell(columns.content())),
						category, fedBackOn);
				violations.addAll(this.planning.problemViolations(campaignId, draft, prefix));
				drafts.add(draft);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException rule) {
				throw rule;
			}
			throw new RuleViolationException(new FieldViolation("file", "rectification.import.notXlsx"));
		}
		if (drafts.isEmpty() && violations.isEmpty()) {
			violations.add(new FieldViolation("file", "rectification.import.empty"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		List<ProblemView> imported = new ArrayList<>();
		for (ProblemDraft draft : drafts.stream().filter((d) -> d.seqNo() != null).toList()) {
			imported.add(this.planning.saveProblem(campaignId, draft, actor).view(0));
		}
		for (ProblemDraft draft : drafts.stream().filter((d) -> d.seqNo() == null).toList()) {
			imported.add(this.planning.saveProblem(campaignId, draft, actor).view(0));
		}
		return imported;
	}

	private static Columns columns(Sheet sheet) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 4); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			int seq = -1;
			int content = -1;
			int category = -1;
			for (Cell cell : row) {
				String header = formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT);
				int index = cell.getColumnIndex();
				if (SEQ_HEADERS.contains(header) && seq < 0) {
					seq = index;
				}
				else if (CONTENT_HEADERS.contains(header) && content < 0) {
					content = index;
				}
				else if (CATEGORY_HEADERS.contains(header) && category < 0) {
					category = index;
				}
			}
			if (content >= 0) {
				return new Columns(r, seq, content, category);
			}
		}
		return null;
	}

	private static boolean isBlank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasFormula(Row row) {
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.FORMULA) {
				return true;
			}
		}
		return false;
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, code, locale);
	}

	private record Columns(int headerRow, int seqNo, int content, int category) {

	}

}
