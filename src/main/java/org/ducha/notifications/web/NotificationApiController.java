package org.ducha.notifications.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.notifications.InboxEntry;
import org.ducha.notifications.NoticeKind;
import org.ducha.notifications.NoticeSwitches;
import org.ducha.notifications.NotificationInbox;
import org.ducha.notifications.OfficerAddresses;
import org.ducha.notifications.Outbox;
import org.ducha.notifications.OutboxMessage;
import org.ducha.notifications.OutboxStatus;

/**
 * The signed-in officer's notices and addresses; the outbox and the per-campaign switches
 * for admins.
 */
@RestController
class NotificationApiController {

	private final NotificationInbox inbox;

	private final Outbox outbox;

	private final OfficerAddresses addresses;

	private final NoticeSwitches switches;

	NotificationApiController(NotificationInbox inbox, Outbox outbox, OfficerAddresses addresses,
			NoticeSwitches switches) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.addresses = addresses;
		this.switches = switches;
	}

	@GetMapping("/api/notifications")
	List<InboxEntry> mine(CurrentOfficer officer, Locale locale) {
		return this.inbox.of(officer.username(), locale, 100);
	}

	@GetMapping("/api/notifications/unread-count")
	Map<String, Long> unread(CurrentOfficer officer) {
		return Map.of("unread", this.inbox.unreadCount(officer.username()));
	}

	@PostMapping("/api/notifications/{id}/read")
	ResponseEntity<Void> read(@PathVariable UUID id, CurrentOfficer officer) {
		this.inbox.markRead(id, officer.username());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/notifications/addresses")
	OfficerAddresses.Addresses myAddresses(CurrentOfficer officer) {
		return this.addresses.of(officer.username());
	}

	@PutMapping("/api/notifications/addresses")
	OfficerAddresses.Addresses setAddresses(@RequestBody AddressesRequest request, CurrentOfficer officer) {
		this.addresses.set(officer.username(), request.email(), request.phone());
		return this.addresses.of(officer.username());
	}

	@GetMapping("/api/admin/outbox")
	@PreAuthorize("hasRole('ADMIN')")
	List<OutboxMessage> outbox(@RequestParam(required = false) OutboxStatus status,
			@RequestParam(defaultValue = "200") int limit) {
		return this.outbox.list(status, limit);
	}

	@PostMapping("/api/admin/outbox/{id}/retry")
	@PreAuthorize("hasRole('ADMIN')")
	OutboxMessage retry(@PathVariable UUID id) {
		return this.outbox.retry(id);
	}

	@GetMapping("/api/campaigns/{campaignId}/notice-switches")
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	Map<NoticeKind, Boolean> switches(@PathVariable UUID campaignId) {
		return this.switches.of(campaignId);
	}

	@PutMapping("/api/campaigns/{campaignId}/notice-switches/{kind}")
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	Map<NoticeKind, Boolean> setSwitch(@PathVariable UUID campaignId, @PathVariable NoticeKind kind,
			@RequestBody SwitchRequest request, CurrentOfficer officer) {
		this.switches.set(campaignId, kind, request.on() == null || request.on(), officer.username());
		return this.switches.of(campaignId);
	}

	record AddressesRequest(String email, String phone) {

		@Override
		public String toString() {
			return "AddressesRequest[sealed]";
		}

	}

	record SwitchRequest(Boolean on) {

	}

}
