package org.ducha.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears every event the application publishes and appends the domain events (records of
 * {@code org.ducha} packages) to the trail before the transaction that caused them
 * commits: if the trail cannot be written, the change does not happen.
 */
@Component
class AuditRecorder {

	private final AuditTrail trail;

	AuditRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(Object event) {
		if (recordable(event)) {
			this.trail.append(event);
		}
	}

	static boolean recordable(Object event) {
		Class<?> type = event.getClass();
		return type.isRecord() && type.getPackageName().startsWith("org.ducha.");
	}

}
