package org.ducha.notifications;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.ducha.intake.contact.ContactVault;

/**
 * Sends a message by SMS through the {@link SmsGateway}: to an officer's mobile on file,
 * or to the complainant, whose number is opened from the sealed contact only now, at
 * sending (the outbox never holds it), and recorded as a reveal.
 */
@Component
class SmsCourier implements Courier {

	static final String NO_PHONE = "no phone number on file";

	private final SmsGateway gateway;

	private final ContactVault contacts;

	private final OfficerAddresses addresses;

	private final NoticeText text;

	private final NotificationSettings settings;

	SmsCourier(SmsGateway gateway, ContactVault contacts, OfficerAddresses addresses, NoticeText text,
			NotificationSettings settings) {
		this.gateway = gateway;
		this.contacts = contacts;
		this.addresses = addresses;
		this.text = text;
		this.settings = settings;
	}

	@Override
	public DeliveryChannel channel() {
		return DeliveryChannel.SMS;
	}

	@Override
	public Optional<String> deliver(PendingMessage message) {
		Optional<String> phone = Outbox.COMPLAINANT.equals(message.recipient())
				? this.contacts.phoneForNotice(message.complaintId(), message.kind().name())
				: this.addresses.of(message.recipient()).phoneNumber();
		if (phone.isEmpty()) {
			return Optional.of(NO_PHONE);
		}
		this.gateway.send(phone.get(), this.text.body(message.kind(), message.args(), this.settings.locale()));
		return Optional.empty();
	}

}
