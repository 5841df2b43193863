/**
 * 问责: records of summons, circulated criticism, exposure, admonitory talks, disciplinary
 * sanctions and referrals — who, why (linked cases), decided by whom, with what
 * requirements by when, and how it was followed up.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns" })
package org.ducha.accountability;

import org.springframework.modulith.ApplicationModule;
