/**
 * 通知: tells people what they must know — a county that a batch has arrived, a handler
 * that a deadline is near or passed, the team that a report, a return or an extension
 * request came in, leaders that a supervised case is overdue, and the complainant that
 * the complaint was received, accepted or handed over and that its result was published.
 * Notices are written to an outbox in the transaction of the event that causes them and
 * delivered by a worker (in-app inbox, e-mail, SMS) with retries. The only module besides
 * intake and follow-up that may open the complainant's contact
 * ({@code intake :: contact}), and only for a phone number to send a notice to.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns", "regions", "intake", "intake :: contact",
		"casework", "disclosure" })
package org.ducha.notifications;

import org.springframework.modulith.ApplicationModule;
