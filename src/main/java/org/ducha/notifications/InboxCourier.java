package org.ducha.notifications;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a message in the officer's inbox. Idempotent: the inbox holds at most one entry
 * per outbox message, so a message delivered again after a crash is not shown twice.
 */
@Component
class InboxCourier implements Courier {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InboxCourier(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public DeliveryChannel channel() {
		return DeliveryChannel.IN_APP;
	}

	@Override
	public Optional<String> deliver(PendingMessage message) {
		this.jdbc
			.sql("insert into notification_inbox (id, outbox_id, recipient, kind, args, link, created_at) "
					+ "values (:id, :outbox, :recipient, :kind, :args, :link, :now) on conflict do nothing")
			.param("id", UUID.randomUUID())
			.param("outbox", message.id())
			.param("recipient", message.recipient())
			.param("kind", message.kind().name())
			.param("args", this.json.writeValueAsString(message.args()))
			.param("link", message.link())
			.param("now", OffsetDateTime.ofInstant(message.claimedAt(), ZoneOffset.UTC))
			.update();
		return Optional.empty();
	}

}
