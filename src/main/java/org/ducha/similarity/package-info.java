/**
 * 系统梳理类似信访件: finds earlier complaints about the same site (repeat detection) in an
 * embedded Lucene index of normalised site names, address tokens and segmented Chinese
 * text, and suggests problem types for a complaint's text.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "intake", "casework" })
package org.ducha.similarity;

import org.springframework.modulith.ApplicationModule;
