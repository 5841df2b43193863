package org.ducha.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notice a campaign sends. Every kind is on until switched off.
 */
@Service
public class NoticeSwitches {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NoticeSwitches(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Whether a campaign sends a kind of notice.
	 * @param campaignId the campaign (null: on)
	 * @param kind the kind
	 * @return true unless switched off
	 */
	@Transactional(readOnly = true)
	public boolean isOn(UUID campaignId, NoticeKind kind) {
		if (campaignId == null) {
			return true;
		}
		return this.jdbc.sql("select enabled from notification_switch where campaign_id = :campaign and kind = :kind")
			.param("campaign", campaignId)
			.param("kind", kind.name())
			.query(Boolean.class)
			.optional()
			.orElse(Boolean.TRUE);
	}

	/**
	 * Every kind with its switch for a campaign.
	 * @param campaignId the campaign
	 * @return kind → on
	 */
	@Transactional(readOnly = true)
	public Map<NoticeKind, Boolean> of(UUID campaignId) {
		Map<NoticeKind, Boolean> switches = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			switches.put(kind, Boolean.TRUE);
		}
		this.jdbc.sql("select kind, enabled from notification_switch where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query((rs, row) -> Map.entry(rs.getString("kind"), rs.getBoolean("enabled")))
			.list()
			.forEach((entry) -> {
				try {
					switches.put(NoticeKind.valueOf(entry.getKey()), entry.getValue());
				}
				catch (IllegalArgumentException ex) {
					// a kind no longer known: ignored
				}
			});
		return switches;
	}

	/**
	 * Switches a kind on or off for a campaign.
	 * @param campaignId the campaign
	 * @param kind the kind
	 * @param on whether it is sent
	 * @param actor who changes it
	 */
	@Transactional
	public void set(UUID campaignId, NoticeKind kind, boolean on, String actor) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int updated = this.jdbc
			.sql("update notification_switch set enabled = :on, changed_by = :actor, changed_at = :now "
					+ "where campaign_id = :campaign and kind = :kind")
			.param("on", on)
			.param("actor", actor)
			.param("now", now)
			.param("campaign", campaignId)
			.param("kind", kind.name())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into notification_switch (campaign_id, kind, enabled, changed_by, changed_at) "
						+ "values (:campaign, :kind, :on, :actor, :now)")
				.param("campaign", campaignId)
				.param("kind", kind.name())
				.param("on", on)
				.param("actor", actor)
				.param("now", now)
				.update();
		}
		this.events.publishEvent(new NoticeSwitched(campaignId, kind, on));
	}

}
