/**
 * Shared kernel: value types and rule-violation vocabulary that every module speaks
 * (region codes, field violations, not-found and conflict signals, the application
 * clock).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.ducha.shared;

import org.springframework.modulith.ApplicationModule;
