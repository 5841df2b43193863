package org.ducha.notifications;

/**
 * Where an outbox message stands.
 */
public enum OutboxStatus {

	/** Waiting for its (next) attempt. */
	PENDING,

	/** Claimed by a worker; a claim older than the lease is taken over by another. */
	SENDING,

	/** Delivered. */
	SENT,

	/** Given up after the last attempt; the reason is kept, an admin may retry. */
	FAILED,

	/** Not sendable and not an error (e.g. e-mail not configured); the reason is kept. */
	SKIPPED

}
