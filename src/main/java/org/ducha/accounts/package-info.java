/**
 * Officers, roles, jurisdictions and sign-in: who may do what, and over which regions.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.ducha.accounts;

import org.springframework.modulith.ApplicationModule;
