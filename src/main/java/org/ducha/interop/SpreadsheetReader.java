package org.ducha.interop;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an xlsx file as text cells, streaming (POI's XSSF event model,
 * so a large sheet never becomes an object tree), behind POI's zip-bomb guards. The first
 * non-empty row is the header. Formula cells and cells over the size limit are marked,
 * not trusted; numbers in date formats become {@code yyyy-MM-dd HH:mm:ss}. A file that is
 * not a readable xlsx, or has more rows than allowed, fails as a whole with a message
 * key.
 */
final class SpreadsheetReader {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static {
		// decompressed at most 100 times the compressed size, and no part over 100 MB
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
	}

	private final int maxRows;

	private final int maxCellChars;

	SpreadsheetReader(int maxRows, int maxCellChars) {
		this.maxRows = maxRows;
		this.maxCellChars = maxCellChars;
	}

	Sheet read(Path file) {
		checkSignature(file);
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = stylesOf(reader);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportFileException("import.file.noSheet");
			}
			SheetHandler handler = new SheetHandler(strings, styles);
			try (InputStream sheet = sheets.next()) {
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(handler);
				xml.parse(new InputSource(sheet));
			}
			if (handler.headers == null) {
				throw new ImportFileException("import.file.empty");
			}
			return new Sheet(handler.headers, handler.rows);
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof ImportFileException rejected) {
					throw rejected;
				}
			}
			throw new ImportFileException(isZipBomb(ex) ? "import.file.zipBomb" : "import.file.broken");
		}
	}

	private static StylesTable stylesOf(XSSFReader reader) {
		try {
			return reader.getStylesTable();
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static void checkSignature(Path file) {
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			int read = in.readNBytes(head, 0, 4);
			if (read == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
					&& (head[3] & 0xFF) == 0xE0) {
				throw new ImportFileException("import.file.xls");
			}
			if (read < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
				throw new ImportFileException("import.file.notXlsx");
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("import.file.broken");
		}
	}

	private static boolean isZipBomb(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("max entry size")
					|| message.contains("MAX_ENTRY_SIZE") || message.contains("max. ratio"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A sheet: its header and its rows.
	 *
	 * @param headers the header cells
	 * @param rows the rows below it that hold anything
	 */
	record Sheet(List<String> headers, List<SheetRow> rows) {

	}

	/**
	 * One row.
	 *
	 * @param number its row number in Excel (from 1)
	 * @param cells the cells' text by column
	 * @param formulas columns holding a formula
	 * @param oversized columns holding more text than allowed
	 */
	record SheetRow(int number, List<String> cells, BitSet formulas, BitSet oversized) {

		String cell(int column) {
			return (column >= 0 && column < this.cells.size()) ? this.cells.get(column) : null;
		}

	}

	private final class SheetHandler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;

		private final StylesTable styles;

		private List<String> headers;

		private final List<SheetRow> rows = new ArrayList<>();

		private List<String> cells;

		private BitSet formulas;

		private BitSet oversized;

		private int rowNumber;

		private int column;

		private String type;

		private int style;

		private boolean collecting;

		private final StringBuilder text = new StringBuilder();

		SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					this.rowNumber = (r != null) ? Integer.parseInt(r) : this.rowNumber + 1;
					this.cells = new ArrayList<>();
					this.formulas = new BitSet();
					this.oversized = new BitSet();
					this.column = -1;
				}
				case "c" -> {
					String ref = attributes.getValue("r");
					this.column = (ref != null) ? new CellReference(ref).getCol() : this.column + 1;
					this.type = attributes.getValue("t");
					String s = attributes.getValue("s");
					this.style = (s != null) ? Integer.parseInt(s) : -1;
					this.text.setLength(0);
				}
				case "f" -> this.formulas.set(this.column);
				case "v", "t" -> this.collecting = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (!this.collecting) {
				return;
			}
			if (this.text.length() + length > SpreadsheetReader.this.maxCellChars) {
				this.oversized.set(this.column);
				return;
			}
			this.text.append(ch, start, length);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "v", "t" -> this.collecting = false;
				case "c" -> cell();
				case "row" -> row();
				default -> {
				}
			}
		}

		private void cell() {
			String value = value();
			if (value != null && value.length() > SpreadsheetReader.this.maxCellChars) {
				this.oversized.set(this.column);
				value = null;
			}
			if (this.oversized.get(this.column)) {
				value = null;
			}
			while (this.cells.size() <= this.column) {
				this.cells.add(null);
			}
			this.cells.set(this.column, value);
		}

		private String value() {
			String raw = this.text.toString();
			if (raw.isEmpty()) {
				return null;
			}
			if ("s".equals(this.type)) {
				return this.strings.getItemAt(Integer.parseInt(raw.strip())).getString();
			}
			if ("inlineStr".equals(this.type) || "str".equals(this.type) || "e".equals(this.type)) {
				return raw;
			}
			if ("b".equals(this.type)) {
				return "1".equals(raw) ? "TRUE" : "FALSE";
			}
			try {
				double number = Double.parseDouble(raw);
				if (isDate()) {
					return DATE_TIME.format(DateUtil.getLocalDateTime(number));
				}
				return new BigDecimal(raw).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				return raw;
			}
		}

		private boolean isDate() {
			if (this.styles == null || this.style < 0 || this.style >= this.styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = this.styles.getStyleAt(this.style);
			return cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		}

		private void row() throws SAXException {
			boolean empty = this.cells.stream().allMatch((cell) -> cell == null || cell.isBlank())
					&& this.formulas.isEmpty() && this.oversized.isEmpty();
			if (empty) {
				return;
			}
			if (this.headers == null) {
				this.headers = this.cells.stream().map((cell) -> (cell != null) ? cell.strip() : "").toList();
				return;
			}
			if (this.rows.size() >= SpreadsheetReader.this.maxRows) {
				throw new ImportFileException("import.file.tooManyRows",
						String.valueOf(SpreadsheetReader.this.maxRows));
			}
			this.rows.add(new SheetRow(this.rowNumber, this.cells, this.formulas, this.oversized));
		}

	}

}
