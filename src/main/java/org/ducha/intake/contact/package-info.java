/**
 * 举报人保密: the sealed complainant identity. Contact details are encrypted at rest
 * (AES-256-GCM, bound to the complaint), never logged, and revealed only to intake and
 * follow-up staff, each reveal recorded with its reason. A named interface: only modules
 * that declare {@code intake :: contact} (follow-up, notifications) may use it.
 */
@NamedInterface("contact")
package org.ducha.intake.contact;

import org.springframework.modulith.NamedInterface;
