package org.ducha.interop;

/**
 * Where an Excel import stands.
 */
public enum ImportStatus {

	/** Dry run done: the report says what would be imported and what is wrong. */
	CHECKED,
	/** Being imported, all rows in one transaction. */
	IMPORTING,
	/** Imported: every valid new row is a registered complaint. */
	IMPORTED,
	/** The import failed and was rolled back: nothing of it was kept. */
	FAILED

}
