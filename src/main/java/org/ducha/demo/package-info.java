/**
 * The demo (profile {@code demo}, the default): fills the demo campaign with complaints
 * in every stage, so a newcomer sees intake, casework, follow-up and the public portal at
 * work. Absent from every other profile.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns", "intake", "casework", "rectification" })
package org.ducha.demo;

import org.springframework.modulith.ApplicationModule;
