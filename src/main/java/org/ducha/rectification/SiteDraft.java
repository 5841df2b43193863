package org.ducha.rectification;

import java.time.LocalDate;

/**
 * A site to add under a task.
 *
 * @param name the site (a mine, a small hydropower station, a protected area)
 * @param regionCode its county, optional
 * @param measures its own measures
 * @param deadline its own deadline
 */
public record SiteDraft(String name, String regionCode, String measures, LocalDate deadline) {

}
