/**
 * 信息公开: every concluded case's result, redacted of personal data, published batch by
 * batch in the third-round table layout; and the public portal — notice, how to complain,
 * the online form, tracking by receipt number and query code, the published tables. Never
 * sees the complainant's identity (no access to {@code intake :: contact}).
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns", "intake", "casework", "stats" })
package org.ducha.disclosure;

import org.springframework.modulith.ApplicationModule;
