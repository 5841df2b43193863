/**
 * 统计: read models fed by the other modules' events — one row per complaint with its
 * stage, closure, verdict and measures — and the bulletin (累计受理、交办、办结、处理措施) computed from
 * them.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns", "intake", "casework", "followup",
		"regions", "similarity", "accountability" })
package org.ducha.stats;

import org.springframework.modulith.ApplicationModule;
