package org.ducha.disclosure;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.Jurisdiction;
import org.ducha.casework.CaseConcluded;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseView;
import org.ducha.casework.Closure;
import org.ducha.casework.ReportView;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;
import org.ducha.shared.TableDocument;

/**
 * 信息公开台: drafts a redacted row for every concluded case, lets the editor correct it,
 * publishes a batch's rows as one recorded act, and answers the public's questions about
 * published rows only.
 */
@Service
public class DisclosureDesk {

	private final DisclosureEntries entries;

	private final CaseQueries cases;

	private final PublicText publicText;

	private final TransactionTemplate transactions;

	/** For the pages of a long export, one read-only transaction each. */
	private final TransactionTemplate readOnly;

	private final MessageSource messages;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	DisclosureDesk(DisclosureEntries entries, CaseQueries cases, PublicText publicText,
			TransactionTemplate transactions, MessageSource messages, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.entries = entries;
		this.cases = cases;
		this.publicText = publicText;
		this.transactions = transactions;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A concluded case gets a draft row; one published before as not fully closed gets a
	 * new row marked as update. An unpublished draft of the same case is replaced.
	 * @param concluded the event
	 */
	@ApplicationModuleListener(id = "disclosure.draft-on-conclusion")
	void on(CaseConcluded concluded) {
		CaseView caseView = this.cases.get(concluded.caseId(), Jurisdiction.everywhere());
		ReportView report = caseView.reports().get(caseView.reports().size() - 1);
		List<DisclosureEntry> earlier = this.entries.findByCaseIdOrderByCreatedAt(caseView.id());
		earlier.stream().filter((entry) -> entry.status() == DisclosureStatus.DRAFT).forEach(this.entries::delete);
		boolean update = earlier.stream()
			.anyMatch((entry) -> entry.status() == DisclosureStatus.PUBLISHED && entry.closure() != Closure.CLOSED);
		boolean alreadyClosed = earlier.stream()
			.anyMatch((entry) -> entry.status() == DisclosureStatus.PUBLISHED && entry.closure() == Closure.CLOSED);
		if (alreadyClosed && report.closure() == Closure.CLOSED) {
			return;
		}
		this.entries
			.save(new DisclosureEntry(caseView.campaignId(), caseView.id(), caseView.batchId(), caseView.batchNumber(),
					caseView.receiptNumber(), caseView.regionCode(), String.join(",", caseView.problemTypes()),
					this.publicText.of(caseView.description(), report.investigation(), report.targetOutcome(),
							report.actions(), report.accountability()),
					report.verdict(), report.closure(), update, this.clock.instant()));
	}

	/**
	 * The editor corrects a draft's texts. The redactor runs again over the corrected
	 * texts, so a correction cannot bring a phone number back; the count of redactions is
	 * updated.
	 */
	public DisclosureRow correct(UUID entryId, String summary, String investigation, String targetOutcome,
			String actions, String accountability) {
		List<FieldViolation> violations = new ArrayList<>();
		if (summary == null || summary.isBlank()) {
			violations.add(new FieldViolation("summary", "field.required"));
		}
		if (investigation == null || investigation.isBlank()) {
			violations.add(new FieldViolation("investigation", "field.required"));
		}
		if (actions == null || actions.isBlank()) {
			violations.add(new FieldViolation("actions", "field.required"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return this.transactions.execute((status) -> {
			DisclosureEntry entry = this.entries.findById(entryId)
				.orElseThrow(() -> new NotFoundException("disclosure.notFound", entryId));
			entry.correct(this.publicText.of(summary, investigation, targetOutcome, actions, accountability));
			DisclosureRow row = this.entries.save(entry).row();
			this.events.publishEvent(new DisclosureCorrected(entryId, row.caseId()));
			return row;
		});
	}

	/**
	 * 公开: publishes every draft row of a batch (optionally one region's).
	 * @return the rows published now
	 */
	public List<DisclosureRow> publish(UUID batchId, String regionCode, String actor) {
		return this.transactions.execute((status) -> {
			List<DisclosureRow> published = new ArrayList<>();
			for (DisclosureEntry entry : this.entries.findByBatchIdOrderByReceiptNumber(batchId)) {
				if (entry.status() == DisclosureStatus.DRAFT
						&& (regionCode == null || entry.row().regionCode().equals(regionCode))) {
					entry.publish(actor, this.clock.instant());
					DisclosureRow row = this.entries.save(entry).row();
					published.add(row);
					this.events.publishEvent(new ResultPublished(row.caseId(), row.receiptNumber(), row.batchNumber()));
				}
			}
			if (published.isEmpty()) {
				throw new RuleViolationException(new FieldViolation("batch", "disclosure.nothingToPublish"));
			}
			return published;
		});
	}

	/**
	 * Every row of a batch, drafts included (for the team's editor).
	 */
	public List<DisclosureRow> ofBatch(UUID batchId) {
		return this.transactions.execute((status) -> this.entries.findByBatchIdOrderByReceiptNumber(batchId)
			.stream()
			.map(DisclosureEntry::row)
			.toList());
	}

	/**
	 * Published rows of a campaign, for the public: by batch, region, problem type and
	 * words.
	 * @param campaignId the campaign
	 * @param batchNumber 第N批, or null
	 * @param regionCode a region (and below), or null
	 * @param problemType a problem type name, or null
	 * @param words words that must appear in the summary or the result, or null
	 * @return the rows, by batch and receipt number, at most 500
	 */
	public List<DisclosureRow> published(UUID campaignId, Integer batchNumber, String regionCode, String problemType,
			String words) {
		Specification<DisclosureEntry> published = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("campaignId"), campaignId));
			predicates.add(cb.equal(root.get("status"), DisclosureStatus.PUBLISHED));
			if (batchNumber != null) {
				predicates.add(cb.equal(root.get("batchNumber"), batchNumber));
			}
			if (RegionCode.isValid(regionCode)) {
				predicates.add(cb.like(root.get("regionCode"), new RegionCode(regionCode).prefix() + "%"));
			}
			if (problemType != null && problemType.matches("[A-Z_]{2,20}")) {
				predicates.add(cb.like(root.get("problemTypes"), "%" + problemType + "%"));
			}
			if (words != null && !words.isBlank()) {
				String pattern = "%" + words.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
				predicates.add(cb.or(cb.like(root.get("summary"), pattern), cb.like(root.get("actions"), pattern),
						cb.like(root.get("receiptNumber"), pattern)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return this.transactions
			.execute((status) -> this.entries.findAll(published, Sort.by("batchNumber", "receiptNumber"))
				.stream()
				.limit(500)
				.map(DisclosureEntry::row)
				.toList());
	}

	/**
	 * The latest published row of a case, if any (for tracking).
	 */
	public java.util.Optional<DisclosureRow> publishedFor(UUID caseId) {
		return this.transactions.execute((status) -> this.entries.findByCaseIdOrderByCreatedAt(caseId)
			.stream()
			.filter((entry) -> entry.status() == DisclosureStatus.PUBLISHED)
			.reduce((first, second) -> second)
			.map(DisclosureEntry::row));
	}

	/**
	 * The published table of a campaign's batch as a document, in the third-round
	 * columns: every row of the batch.
	 */
	public TableDocument table(UUID campaignId, int batchNumber, Locale locale) {
		List<List<String>> cells = new ArrayList<>();
		publishedPages(campaignId, batchNumber, null, locale).forEachRemaining(cells::add);
		return new TableDocument(text("disclosure.table.title", locale, batchNumber), headers(locale), COLUMN_WIDTHS,
				cells);
	}

	/**
	 * The whole campaign's published results (信息公开汇总表), optionally of one region and
	 * below, written as an Excel sheet to the stream a page of rows at a time, so the
	 * memory it takes does not grow with the campaign.
	 * @param campaignId the campaign
	 * @param regionCode a region (and below), or null for all
	 * @param locale the language of headings and labels
	 * @param out where the workbook goes
	 */
	public void writeCampaignTable(UUID campaignId, String regionCode, Locale locale, OutputStream out) {
		TableDocument.writeXlsx(text("disclosure.sheet.name", locale), text("disclosure.summaryTable.title", locale),
				headers(locale), COLUMN_WIDTHS, publishedPages(campaignId, null, regionCode, locale), out);
	}

	private static final List<Integer> COLUMN_WIDTHS = List.of(4, 12, 24, 7, 6, 24, 6, 10, 20, 7, 10);

	private static final int PAGE = 1000;

	private List<String> headers(Locale locale) {
		return List
			.of("number", "receiptNumber", "summary", "region", "problemTypes", "investigation", "verdict",
					"targetOutcome", "actions", "closure", "accountability")
			.stream()
			.map((column) -> text("disclosure.column." + column, locale))
			.toList();
	}

	/**
	 * Published rows by batch and receipt number as table cells, read a page at a time,
	 * each page in a read-only transaction of its own.
	 */
	private java.util.Iterator<List<String>> publishedPages(UUID campaignId, Integer batchNumber, String regionCode,
			Locale locale) {
		Sort order = Sort.by("batchNumber", "receiptNumber", "id");
		String prefix = RegionCode.isValid(regionCode) ? new RegionCode(regionCode).prefix() : null;
		return new java.util.Iterator<>() {

			private int page;

			private int number = 1;

			private java.util.Iterator<List<String>> current = java.util.Collections.emptyIterator();

			private boolean more = true;

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext() && this.more) {
					PageRequest request = PageRequest.of(this.page++, PAGE, order);
					List<List<String>> rows = DisclosureDesk.this.readOnly.execute((status) -> {
						Slice<DisclosureEntry> slice = (batchNumber != null)
								? DisclosureDesk.this.entries.findByCampaignIdAndStatusAndBatchNumber(campaignId,
										DisclosureStatus.PUBLISHED, batchNumber, request)
								: (prefix != null)
										? DisclosureDesk.this.entries
											.findByCampaignIdAndStatusAndRegionCodeStartingWith(campaignId,
													DisclosureStatus.PUBLISHED, prefix, request)
										: DisclosureDesk.this.entries.findByCampaignIdAndStatus(campaignId,
												DisclosureStatus.PUBLISHED, request);
						this.more = slice.hasNext();
						List<List<String>> cells = new ArrayList<>(slice.getNumberOfElements());
						for (DisclosureEntry entry : slice) {
							cells.add(cells(entry.row(), this.number++, locale));
						}
						return cells;
					});
					this.current = rows.iterator();
				}
				return this.current.hasNext();
			}

			@Override
			public List<String> next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return this.current.next();
			}

		};
	}

	private List<String> cells(DisclosureRow row, int number, Locale locale) {
		return List.of(String.valueOf(number) + (row.update() ? text("disclosure.updateMark", locale) : ""),
				row.receiptNumber(), row.summary(), row.regionCode(),
				row.problemTypes()
					.stream()
					.map((type) -> text("problemType." + type, locale))
					.collect(Collectors.joining("、")),
				row.investigation(), text("verdict." + row.verdict(), locale),
				(row.targetOutcome() != null) ? row.targetOutcome() : "", row.actions(),
				text("closure." + row.closure(), locale),
				(row.accountability() != null) ? row.accountability() : text("disclosure.none", locale));
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
