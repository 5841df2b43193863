/**
 * 督察: an inspection team's stay in a region, with its hotline, PO box, hours, scope,
 * numbering scheme and deadlines, and the public notice (进驻公告) that announces it.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts" })
package org.ducha.campaigns;

import org.springframework.modulith.ApplicationModule;
