/**
 * 回访: after a case is concluded the team calls the complainant back; "not satisfied"
 * sends the case back to its unit. Anonymous complaints are skipped with the reason
 * recorded. May reveal the complainant's contact through {@code intake :: contact}, each
 * reveal recorded.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "accounts", "campaigns", "intake", "intake :: contact", "casework" })
package org.ducha.followup;

import org.springframework.modulith.ApplicationModule;
