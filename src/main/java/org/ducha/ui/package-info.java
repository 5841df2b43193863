/**
 * The shell around every page and answer: layout, home page, language, and the
 * translation of errors into problem details (API) and error pages (browser).
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns" })
package org.ducha.ui;

import org.springframework.modulith.ApplicationModule;
