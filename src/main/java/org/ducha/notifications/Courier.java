package org.ducha.notifications;

import java.util.Optional;

/**
 * Delivers claimed messages over one channel.
 */
interface Courier {

	DeliveryChannel channel();

	/**
	 * Delivers a message.
	 * @param message the message
	 * @return empty when delivered, or the reason it cannot be sent at all (the message
	 * is then SKIPPED, not retried)
	 * @throws RuntimeException when delivery failed and may succeed later
	 */
	Optional<String> deliver(PendingMessage message);

}
