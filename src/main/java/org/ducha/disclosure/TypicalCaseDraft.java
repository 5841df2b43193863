package org.ducha.disclosure;

import java.util.List;
import java.util.UUID;

/**
 * What the team writes about a typical case.
 *
 * @param title 标题 (at most 200 characters)
 * @param regionCode the county, if one
 * @param body the write-up (at most 20,000 characters)
 * @param caseIds the cases it is about (at most 50)
 */
public record TypicalCaseDraft(String title, String regionCode, String body, List<UUID> caseIds) {

	public TypicalCaseDraft {
		caseIds = (caseIds != null) ? caseIds.stream().filter(java.util.Objects::nonNull).distinct().toList()
				: List.of();
	}

}
