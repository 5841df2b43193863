/**
 * 信访件受理: registers complaints from every channel with a receipt number (受理编号), screens
 * them into scope or hands them over to the locality, and keeps the complainant's
 * identity sealed in {@code intake.contact}.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns", "regions" })
package org.ducha.intake;

import org.springframework.modulith.ApplicationModule;
