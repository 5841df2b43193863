package org.ducha.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Spreadsheets for import tests: real ones written by POI (streaming, so 10,000 rows are
 * cheap), and hand-made packages for the broken kinds (formulas, huge cells, too many
 * rows, zip bombs).
 */
final class ImportFiles {

	static final List<String> HEADERS = List.of("受理时间", "来源渠道", "被举报对象", "问题地点", "问题描述", "问题类型", "举报人姓名", "联系电话");

	private ImportFiles() {
	}

	/**
	 * An xlsx written by POI; {@link LocalDateTime} values become date cells.
	 * @param rows the rows below the header
	 * @return the file
	 */
	static byte[] workbook(List<String> headers, List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet("投诉台账");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof LocalDateTime time) {
						row.createCell(c).setCellValue(time);
						row.getCell(c).setCellStyle(date);
					}
					else if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One complaint row in the order of {@link #HEADERS}.
	 */
	static List<Object> row(LocalDateTime receivedAt, String object, String description, String phone) {
		return java.util.Arrays.asList(receivedAt, "12345", object, "临汾市尧都区", description, "大气、水", "张三", phone);
	}

	/**
	 * A minimal xlsx package around a sheet's {@code <sheetData>} content.
	 * @param sheetData rows as SpreadsheetML
	 * @return the file
	 */
	static byte[] handMade(String sheetData) {
		return zip("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ sheetData + "</sheetData></worksheet>");
	}

	/**
	 * A header row and {@code count} one-cell rows, written straight into the package.
	 */
	static byte[] manyRows(int count) {
		StringBuilder rows = new StringBuilder(headerRow());
		for (int i = 2; i < count + 2; i++) {
			rows.append("<row r=\"")
				.append(i)
				.append("\"><c r=\"E")
				.append(i)
				.append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
		}
		return handMade(rows.toString());
	}

	/**
	 * A sheet part that inflates over a thousand times its compressed size.
	 */
	static byte[] zipBomb() {
		String padding = " ".repeat(20 * 1024 * 1024);
		return zip("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + padding
				+ "<sheetData>" + headerRow() + "</sheetData></worksheet>");
	}

	/**
	 * Chinese text that does not compress well (so it is a huge cell, not a zip bomb).
	 */
	static String noise(int length) {
		java.util.Random random = new java.util.Random(42);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) (0x4E00 + random.nextInt(0x5000)));
		}
		return text.toString();
	}

	static String headerRow() {
		StringBuilder row = new StringBuilder("<row r=\"1\">");
		for (int i = 0; i < HEADERS.size(); i++) {
			row.append(inline((char) ('A' + i) + "1", HEADERS.get(i)));
		}
		return row.append("</row>").toString();
	}

	static String inline(String ref, String text) {
		return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	private static byte[] zip(String sheet) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "</Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/workbook.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
							+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
							+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sheet);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
