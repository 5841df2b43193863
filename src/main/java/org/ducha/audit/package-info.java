/**
 * 审计: a tamper-evident trail. Every domain event (each state change of a complaint, case,
 * follow-up or rectification task, each contact reveal) is appended, in the transaction
 * that caused it, to a hash chain: each entry carries the hash of the one before, so an
 * edited, deleted or re-ordered row breaks the chain where it was touched, and
 * {@link org.ducha.audit.AuditTrail#verify()} names the first broken link. The trail
 * depends on no module: it records events by their shape (records of the application's
 * packages), which carry ids and facts, never personal data.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.ducha.audit;

import org.springframework.modulith.ApplicationModule;
