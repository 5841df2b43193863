package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A site of a task's ledger.
 *
 * @param id the site
 * @param name its name
 * @param regionCode its county
 * @param measures its measures
 * @param deadline its deadline
 * @param acceptedOn when it passed acceptance
 * @param acceptance the acceptance findings
 * @param overdue past its deadline without acceptance
 */
public record SiteView(UUID id, String name, String regionCode, String measures, LocalDate deadline,
		LocalDate acceptedOn, String acceptance, boolean overdue) {

}
