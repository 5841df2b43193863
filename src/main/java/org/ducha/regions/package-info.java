/**
 * 行政区划: the GB/T 2260 divisions (province, city, county, township) and a resolver that
 * finds the county a free-text address or complaint description speaks of.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.ducha.regions;

import org.springframework.modulith.ApplicationModule;
