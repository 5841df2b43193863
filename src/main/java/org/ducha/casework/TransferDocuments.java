package org.ducha.casework;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.NotFoundException;

/**
 * The documents of a transfer: the batch notice in the published wording and a transfer
 * sheet (交办单) per receiving unit as Excel and PDF. Built from case files, which carry no
 * complainant identity.
 */
@Service
@Transactional(readOnly = true)
public class TransferDocuments {

	/**
	 * Where CJK fonts are looked for, in order; the first found is embedded (as a subset)
	 * in every PDF.
	 */
	static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
			"/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc,2");

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final TransferBatches batches;

	private final CaseFiles cases;

	private final CampaignRegistry campaigns;

	private final MessageSource messages;

	private final RegionNaming regions;

	TransferDocuments(TransferBatches batches, CaseFiles cases, CampaignRegistry campaigns, MessageSource messages,
			RegionNaming regions) {
		this.batches = batches;
		this.cases = cases;
		this.campaigns = campaigns;
		this.messages = messages;
		this.regions = regions;
	}

	/**
	 * The batch notice as published (交办通报), with the running totals of the campaign up to
	 * this batch.
	 * @param batchId the batch
	 * @param locale the language (Chinese as published; English as a courtesy)
	 * @return the notice text
	 */
	public String notice(UUID batchId, Locale locale) {
		TransferBatch batch = batch(batchId);
		CampaignDetails campaign = this.campaigns.get(batch.campaignId());
		List<BatchItem> items = batch.items();
		List<BatchItem> upToThis = this.batches.findByCampaignIdOrderByNumberDesc(batch.campaignId())
			.stream()
			.filter((other) -> other.number() <= batch.number())
			.flatMap((other) -> other.items().stream())
			.toList();
		String day = (batch.view().transferredOn() != null) ? CHINESE_DATE.format(batch.view().transferredOn())
				: text("batch.notice.draft", locale);
		String byRegion = counted(items, (item) -> List.of(this.regions.nameOf(item.receivingRegionCode())), locale);
		String byType = counted(items,
				(item) -> List.of(item.problemTypes().split(","))
					.stream()
					.map((type) -> text("problemType." + type, locale))
					.toList(),
				locale);
		return text("batch.notice.text", locale, day, campaign.teamName(), campaign.inspectedRegionName(),
				batch.number(), items.size(), count(items, "PHONE"), count(items, "LETTER"),
				items.size() - count(items, "PHONE") - count(items, "LETTER"), keyCount(items), byRegion, byType,
				upToThis.size(), count(upToThis, "PHONE"), count(upToThis, "LETTER"), keyCount(upToThis));
	}

	/**
	 * The transfer sheet of one receiving unit as an Excel workbook.
	 * @param batchId the batch
	 * @param regionCode the receiving region
	 * @param locale the language of the headings
	 * @return the .xlsx bytes
	 */
	public byte[] sheetXlsx(UUID batchId, String regionCode, Locale locale) {
		SheetContent sheet = sheet(batchId, regionCode, locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet page = workbook.createSheet(text("batch.sheet.name", locale));
			CellStyle title = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontHeightInPoints((short) 14);
			title.setFont(bold);
			CellStyle header = workbook.createCellStyle();
			Font headerFont = workbook.createFont();
			headerFont.setBold(true);
			header.setFont(headerFont);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Row titleRow = page.createRow(0);
			titleRow.createCell(0).setCellValue(sheet.title());
			titleRow.getCell(0).setCellStyle(title);
			page.addMergedRegion(new CellRangeAddress(0, 0, 0, sheet.headers().size() - 1));
			Row headerRow = page.createRow(1);
			for (int c = 0; c < sheet.headers().size(); c++) {
				headerRow.createCell(c).setCellValue(sheet.headers().get(c));
				headerRow.getCell(c).setCellStyle(header);
			}
			for (int r = 0; r < sheet.rows().size(); r++) {
				Row row = page.createRow(r + 2);
				List<String> values = sheet.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
					row.getCell(c).setCellStyle(wrap);
				}
			}
			int[] widths = { 6, 20, 60, 16, 14, 8, 10, 8, 12, 12 };
			for (int c = 0; c < widths.length; c++) {
				page.setColumnWidth(c, widths[c] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The transfer sheet of one receiving unit as a PDF with an embedded CJK font.
	 * @param batchId the batch
	 * @param regionCode the receiving region
	 * @param locale the language of the headings
	 * @return the PDF bytes
	 */
	public byte[] sheetPdf(UUID batchId, String regionCode, Locale locale) {
		SheetContent sheet = sheet(batchId, regionCode, locale);
		BaseFont font = cjkFont();
		org.openpdf.text.Font titleFont = new org.openpdf.text.Font(font, 15, org.openpdf.text.Font.BOLD);
		org.openpdf.text.Font headerFont = new org.openpdf.text.Font(font, 9, org.openpdf.text.Font.BOLD);
		org.openpdf.text.Font cellFont = new org.openpdf.text.Font(font, 9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 32, 32);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(sheet.title());
			document.open();
			Paragraph heading = new Paragraph(sheet.title(), titleFont);
			heading.setAlignment(Element.ALIGN_CENTER);
			heading.setSpacingAfter(12);
			document.add(heading);
			PdfPTable table = new PdfPTable(new float[] { 4, 17, 38, 9, 8, 5, 6, 5, 9, 9 });
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			for (String title : sheet.headers()) {
				PdfPCell cell = new PdfPCell(new Phrase(title, headerFont));
				cell.setBackgroundColor(new Color(0xEE, 0xF1, 0xF5));
				cell.setPadding(4);
				table.addCell(cell);
			}
			for (List<String> row : sheet.rows()) {
				for (String value : row) {
					PdfPCell cell = new PdfPCell(new Phrase(value, cellFont));
					cell.setPadding(4);
					table.addCell(cell);
				}
			}
			document.add(table);
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not write the transfer sheet", ex);
		}
	}

	/**
	 * The receiving regions of a batch.
	 * @param batchId the batch
	 * @return region codes, sorted
	 */
	public List<String> receivingRegions(UUID batchId) {
		return batch(batchId).items().stream().map(BatchItem::receivingRegionCode).distinct().sorted().toList();
	}

	SheetContent sheet(UUID batchId, String regionCode, Locale locale) {
		TransferBatch batch = batch(batchId);
		if (batch.status() != BatchStatus.TRANSFERRED) {
			throw new NotFoundException("batch.sheet.notTransferred", batch.number());
		}
		List<CaseFile> files = this.cases.findByBatchIdOrderByReceiptNumber(batchId)
			.stream()
			.filter((file) -> file.regionCode().equals(regionCode))
			.toList();
		if (files.isEmpty()) {
			throw new NotFoundException("batch.sheet.noCases", regionCode);
		}
		String unit = this.regions.governmentOf(regionCode);
		List<String> headers = List
			.of("number", "receiptNumber", "description", "region", "problemTypes", "channel", "keyCase", "supervised",
					"signDue", "reportDue")
			.stream()
			.map((column) -> text("batch.sheet.column." + column, locale))
			.toList();
		List<List<String>> rows = new java.util.ArrayList<>();
		int index = 1;
		for (CaseFile file : files) {
			CaseView view = file.view(java.time.LocalDate.MIN);
			rows.add(List.of(String.valueOf(index++), view.receiptNumber(), view.description(),
					this.regions.nameOf(view.regionCode()),
					view.problemTypes()
						.stream()
						.map((type) -> text("problemType." + type, locale))
						.collect(Collectors.joining("、")),
					text("channel." + view.channel(), locale), view.keyCase() ? "★" : "", view.supervised() ? "✓" : "",
					view.signDue().toString(), view.reportDue().toString()));
		}
		return new SheetContent(text("batch.sheet.title", locale, batch.number(), unit), headers, rows);
	}

	private TransferBatch batch(UUID batchId) {
		return this.batches.findById(batchId).orElseThrow(() -> new NotFoundException("batch.notFound", batchId));
	}

	static BaseFont cjkFont() {
		for (String candidate : CJK_FONTS) {
			String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
			if (Files.isReadable(Path.of(file))) {
				try {
					return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
				}
				catch (DocumentException | IOException ex) {
					throw new IllegalStateException("Cannot load the CJK font " + candidate, ex);
				}
			}
		}
		throw new IllegalStateException(
				"No CJK font installed for PDF documents: install fonts-wqy-zenhei " + "(or fonts-noto-cjk)");
	}

	private String counted(List<BatchItem> items, Function<BatchItem, List<String>> keys, Locale locale) {
		Map<String, Long> counts = new TreeMap<>();
		items.forEach((item) -> keys.apply(item).forEach((key) -> counts.merge(key, 1L, Long::sum)));
		return counts.entrySet()
			.stream()
			.map((entry) -> text("batch.notice.count", locale, entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(text("batch.notice.separator", locale)));
	}

	private static int count(List<BatchItem> items, String channel) {
		return (int) items.stream().filter((item) -> item.channel().equals(channel)).count();
	}

	private static int keyCount(List<BatchItem> items) {
		return (int) items.stream().filter(BatchItem::keyCase).count();
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	/**
	 * A transfer sheet's content, before layout.
	 */
	record SheetContent(String title, List<String> headers, List<List<String>> rows) {

	}

}
