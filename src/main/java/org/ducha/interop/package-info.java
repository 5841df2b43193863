/**
 * 互联互通: takes complaints in from other systems — civic apps speaking Open311 GeoReport v2
 * and 12345/ministry platforms exporting Excel — always through intake's registration, so
 * every rule, route, receipt number and repeat check applies as to a typed complaint.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns", "intake", "casework", "disclosure" })
package org.ducha.interop;

import org.springframework.modulith.ApplicationModule;
