package org.ducha.disclosure.web;

import java.time.Instant;
import java.util.List;

import org.ducha.casework.Closure;
import org.ducha.casework.Verdict;
import org.ducha.disclosure.DisclosureRow;

/**
 * A published row as the public API shows it: the table's columns, nothing internal.
 */
record PublicRow(int batchNumber, String receiptNumber, String summary, String regionCode, List<String> problemTypes,
		String investigation, Verdict verdict, String targetOutcome, String actions, Closure closure,
		String accountability, boolean update, Instant publishedAt) {

	static PublicRow of(DisclosureRow row) {
		return new PublicRow(row.batchNumber(), row.receiptNumber(), row.summary(), row.regionCode(),
				row.problemTypes(), row.investigation(), row.verdict(), row.targetOutcome(), row.actions(),
				row.closure(), row.accountability(), row.update(), row.publishedAt());
	}

}
