package org.ducha.shared;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

/**
 * A titled table as the documents of this world are: an Excel sheet (Apache POI,
 * streaming so large tables keep memory flat) or a landscape A4 PDF (OpenPDF, with a CJK
 * font embedded as a subset).
 *
 * @param title the heading
 * @param headers the column headings
 * @param widths relative column widths
 * @param rows the cells, row by row, as text
 */
public record TableDocument(String title, List<String> headers, List<Integer> widths, List<List<String>> rows) {

	/**
	 * Where CJK fonts are looked for, in order; the first found is embedded in every PDF.
	 */
	public static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
			"/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc,2");

	public TableDocument {
		if (widths.size() != headers.size()) {
			throw new IllegalArgumentException("One width per column");
		}
	}

	public byte[] xlsx(String sheetName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeXlsx(sheetName, this.title, this.headers, this.widths, this.rows.iterator(), out);
		return out.toByteArray();
	}

	/**
	 * Writes a titled table as an Excel sheet to a stream, taking the rows one at a time:
	 * POI keeps only a window of rows in memory and the caller need not hold them all
	 * either, so memory stays flat however long the table.
	 * @param sheetName the sheet's name
	 * @param title the heading
	 * @param headers the column headings
	 * @param widths relative column widths
	 * @param rows the cells, row by row, as text
	 * @param out where the workbook goes (not closed)
	 */
	public static void writeXlsx(String sheetName, String title, List<String> headers, List<Integer> widths,
			Iterator<List<String>> rows, OutputStream out) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Sheet page = workbook.createSheet(sheetName);
			CellStyle titleStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontHeightInPoints((short) 14);
			titleStyle.setFont(bold);
			CellStyle header = workbook.createCellStyle();
			Font headerFont = workbook.createFont();
			headerFont.setBold(true);
			header.setFont(headerFont);
			header.setWrapText(true);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Row titleRow = page.createRow(0);
			titleRow.createCell(0).setCellValue(title);
			titleRow.getCell(0).setCellStyle(titleStyle);
			if (headers.size() > 1) {
				page.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
			}
			Row headerRow = page.createRow(1);
			for (int c = 0; c < headers.size(); c++) {
				headerRow.createCell(c).setCellValue(headers.get(c));
				headerRow.getCell(c).setCellStyle(header);
				page.setColumnWidth(c, Math.min(255, widths.get(c) * 2) * 256);
			}
			int r = 2;
			while (rows.hasNext()) {
				Row row = page.createRow(r++);
				List<String> values = rows.next();
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue((values.get(c) != null) ? values.get(c) : "");
					row.getCell(c).setCellStyle(wrap);
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// the temporary files are gone or will be; the table was written or
				// failed above
			}
		}
	}

	public byte[] pdf() {
		BaseFont font = cjkFont();
		org.openpdf.text.Font titleFont = new org.openpdf.text.Font(font, 15, org.openpdf.text.Font.BOLD);
		org.openpdf.text.Font headerFont = new org.openpdf.text.Font(font, 9, org.openpdf.text.Font.BOLD);
		org.openpdf.text.Font cellFont = new org.openpdf.text.Font(font, 9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 32, 32);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(this.title);
			document.open();
			Paragraph heading = new Paragraph(this.title, titleFont);
			heading.setAlignment(Element.ALIGN_CENTER);
			heading.setSpacingAfter(12);
			document.add(heading);
			float[] relative = new float[this.widths.size()];
			for (int i = 0; i < relative.length; i++) {
				relative[i] = this.widths.get(i);
			}
			PdfPTable table = new PdfPTable(relative);
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			for (String heading2 : this.headers) {
				PdfPCell cell = new PdfPCell(new Phrase(heading2, headerFont));
				cell.setBackgroundColor(new Color(0xEE, 0xF1, 0xF5));
				cell.setPadding(4);
				table.addCell(cell);
			}
			for (List<String> row : this.rows) {
				for (String value : row) {
					PdfPCell cell = new PdfPCell(new Phrase((value != null) ? value : "", cellFont));
					cell.setPadding(4);
					table.addCell(cell);
				}
			}
			document.add(table);
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not write " + this.title, ex);
		}
	}

	static BaseFont cjkFont() {
		for (String candidate : CJK_FONTS) {
			String file = candidate.substring(0, candidate.lastIndexOf(','));
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

}
