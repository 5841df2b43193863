package org.ducha.interop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import's dry-run report and progress.
 *
 * @param id the import
 * @param campaignId the campaign the complaints go to
 * @param sourceName the source (its column mapping is remembered)
 * @param fileName the uploaded file's name
 * @param status where it stands
 * @param failure why an import failed (message), or null
 * @param totalRows rows below the header
 * @param newRows rows that would be (or were) imported
 * @param duplicateRows rows imported before or repeated in the file (skipped)
 * @param errorRows rows with at least one error
 * @param errorCount errors in all
 * @param doneRows rows processed by the running import
 * @param importedRows complaints registered by the import
 * @param headers the file's column headers
 * @param mapping field → column header
 * @param errors the errors, per row and column (the first
 * {@value ComplaintImports#MAX_STORED_ERRORS})
 * @param createdBy who uploaded
 * @param createdAt when
 * @param finishedAt when the import finished
 * @param durationMs how long the import took (ms)
 */
public record ImportReport(UUID id, UUID campaignId, String sourceName, String fileName, ImportStatus status,
		String failure, int totalRows, int newRows, int duplicateRows, int errorRows, int errorCount, int doneRows,
		int importedRows, List<String> headers, Map<String, String> mapping, List<CellError> errors, String createdBy,
		Instant createdAt, Instant finishedAt, Long durationMs) {

	/**
	 * Whether the import may be committed: a dry run without errors.
	 * @return true when committable
	 */
	public boolean committable() {
		return this.status == ImportStatus.CHECKED && this.errorCount == 0 && this.newRows > 0;
	}

	/**
	 * Percent done.
	 * @return 0–100
	 */
	public int percent() {
		if (this.status == ImportStatus.IMPORTED) {
			return 100;
		}
		return (this.newRows == 0) ? 0 : Math.min(100, this.doneRows * 100 / this.newRows);
	}

	/**
	 * One problem in one cell.
	 *
	 * @param row the Excel row number (1 is the header)
	 * @param column the column header, or null when the field is not mapped
	 * @param field the complaint field
	 * @param message what is wrong, in the reader's language
	 */
	public record CellError(int row, String column, String field, String message) {

	}

}
