package org.ducha.intake.contact;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Seals complainants' contacts and reveals them, on a stated reason, to the roles that
 * need them: intake clerks and follow-up officers. The vault enforces that itself,
 * whatever page or endpoint asks.
 */
@Service
public class ContactVault {

	/** The actor recorded when a phone number is opened to send a notice. */
	public static final String NOTIFICATIONS = "notifications";

	static final List<Role> MAY_REVEAL = List.of(Role.INTAKE_CLERK, Role.FOLLOWUP_OFFICER);

	private static final Logger log = LoggerFactory.getLogger(ContactVault.class);

	private final SealedContacts sealed;

	private final ContactReveals reveals;

	private final ContactKeyring keys;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	ContactVault(SealedContacts sealed, ContactReveals reveals, ContactKeyring keys, JsonMapper jsonMapper, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.sealed = sealed;
		this.reveals = reveals;
		this.keys = keys;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Seals the contact of a complaint's complainant. Call in the transaction that
	 * registers the complaint.
	 * @param complaintId the complaint
	 * @param contact the contact
	 */
	@Transactional
	public void seal(UUID complaintId, ComplainantContact contact) {
		byte[] plaintext = this.jsonMapper.writeValueAsString(contact).getBytes(StandardCharsets.UTF_8);
		ContactCipher cipher = this.keys.current();
		this.sealed.save(new SealedContact(complaintId, cipher.keyId(), cipher.seal(complaintId, plaintext),
				this.clock.instant()));
	}

	/**
	 * Whether the officer's roles allow a reveal at all.
	 * @param officer the officer
	 * @return true for intake clerks and follow-up officers
	 */
	public boolean mayReveal(CurrentOfficer officer) {
		return MAY_REVEAL.stream().anyMatch(officer::has);
	}

	/**
	 * Opens a complaint's contact for an officer and records that it was seen, by whom,
	 * when and why.
	 * @param complaintId the complaint
	 * @param reason why the officer needs it (5–500 characters)
	 * @param officer who asks
	 * @return the contact
	 * @throws AccessDeniedException for any role other than intake clerk or follow-up
	 * officer
	 * @throws NotFoundException when the complaint has no contact (anonymous)
	 */
	@Transactional
	public ComplainantContact reveal(UUID complaintId, String reason, CurrentOfficer officer) {
		if (!mayReveal(officer)) {
			throw new AccessDeniedException("Contact reveal not permitted");
		}
		String stated = (reason == null) ? "" : reason.strip();
		if (stated.codePointCount(0, stated.length()) < 5 || stated.length() > 500) {
			throw new RuleViolationException(new FieldViolation("reason", "contact.reason.required", 5, 500));
		}
		SealedContact contact = this.sealed.findById(complaintId)
			.orElseThrow(() -> new NotFoundException("contact.none", complaintId));
		byte[] plaintext = this.keys.open(complaintId, contact.keyId(), contact.ciphertext());
		this.reveals.save(new ContactReveal(complaintId, officer.username(), this.clock.instant(), stated));
		this.events.publishEvent(new ContactRevealed(complaintId, officer.username()));
		log.info("Contact of complaint {} revealed to {}", complaintId, officer.username());
		return this.jsonMapper.readValue(new String(plaintext, StandardCharsets.UTF_8), ComplainantContact.class);
	}

	/**
	 * Opens only the phone number of a complainant who consented to be contacted, for the
	 * notifications module to send a notice to; recorded as a reveal by
	 * {@value #NOTIFICATIONS} with the notice as reason.
	 * @param complaintId the complaint
	 * @param purpose which notice (for the reveal record)
	 * @return the phone, or empty when no contact or no phone is on file
	 */
	@Transactional
	public java.util.Optional<String> phoneForNotice(UUID complaintId, String purpose) {
		return this.sealed.findById(complaintId).map((contact) -> {
			byte[] plaintext = this.keys.open(complaintId, contact.keyId(), contact.ciphertext());
			return this.jsonMapper.readValue(new String(plaintext, StandardCharsets.UTF_8), ComplainantContact.class);
		}).map(ComplainantContact::phone).filter((phone) -> !phone.isBlank()).map((phone) -> {
			this.reveals.save(new ContactReveal(complaintId, NOTIFICATIONS, this.clock.instant(), "notice " + purpose));
			return phone;
		});
	}

	/**
	 * Seals a file that could identify the complainant (a signed letter, a call
	 * recording): AES-256-GCM bound to the complaint and the file.
	 * @param complaintId the complaint
	 * @param fileId the file's id
	 * @param content the plain bytes
	 * @return the sealed bytes, to be stored instead
	 */
	public byte[] sealFile(UUID complaintId, UUID fileId, byte[] content) {
		return this.keys.current().sealFile(complaintId, fileId, content);
	}

	/**
	 * Opens a sealed file for an intake clerk or follow-up officer, on a stated reason,
	 * recorded like a contact reveal.
	 * @param complaintId the complaint
	 * @param fileId the file's id
	 * @param sealedContent the stored bytes
	 * @param reason why (5–500 characters)
	 * @param officer who asks
	 * @return the plain bytes
	 * @throws AccessDeniedException for any other role
	 */
	@Transactional
	public byte[] openFile(UUID complaintId, UUID fileId, byte[] sealedContent, String reason, CurrentOfficer officer) {
		if (!mayReveal(officer)) {
			throw new AccessDeniedException("Sealed file not permitted");
		}
		String stated = (reason == null) ? "" : reason.strip();
		if (stated.codePointCount(0, stated.length()) < 5 || stated.length() > 500) {
			throw new RuleViolationException(new FieldViolation("reason", "contact.reason.required", 5, 500));
		}
		byte[] plain = this.keys.openFile(complaintId, fileId, sealedContent);
		this.reveals.save(new ContactReveal(complaintId, officer.username(), this.clock.instant(),
				"file " + fileId + ": " + stated));
		log.info("Sealed file {} of complaint {} opened by {}", fileId, complaintId, officer.username());
		return plain;
	}

	/**
	 * The id of the key that seals now.
	 * @return the key id
	 */
	public String currentKeyId() {
		return this.keys.current().keyId();
	}

	/**
	 * How many sealed contacts each key id holds, as the database says.
	 * @return key id → count
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, Long> contactsByKey() {
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		for (Object[] row : this.sealed.countByKeyId()) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * Re-seals up to {@code size} contacts sealed under an older key with the current
	 * key, in one transaction. Nobody sees the contact; no reveal is recorded. Run it
	 * until it answers 0: a stop between batches leaves every contact readable (sealed
	 * under the old or the new key), and the next run goes on where it stopped.
	 * @param size the batch size
	 * @return how many were re-sealed
	 */
	@Transactional
	public int resealBatch(int size) {
		ContactCipher current = this.keys.current();
		List<SealedContact> batch = this.sealed.findByKeyIdNot(current.keyId(),
				org.springframework.data.domain.PageRequest.of(0, size));
		for (SealedContact contact : batch) {
			byte[] plaintext = this.keys.open(contact.complaintId(), contact.keyId(), contact.ciphertext());
			contact.resealed(current.keyId(), current.seal(contact.complaintId(), plaintext), this.clock.instant());
			java.util.Arrays.fill(plaintext, (byte) 0);
		}
		return batch.size();
	}

	/**
	 * Re-seals a sealed file with the current key.
	 * @param complaintId the complaint
	 * @param fileId the file's id
	 * @param stored the stored bytes
	 * @return the bytes sealed under the current key, or empty when they already are
	 * @throws IllegalStateException when no configured key opens the file
	 */
	public java.util.Optional<byte[]> resealFile(UUID complaintId, UUID fileId, byte[] stored) {
		ContactKeyring.Opened opened = this.keys.openFileWithKey(complaintId, fileId, stored)
			.orElseThrow(() -> new IllegalStateException("No configured contact key opens file " + fileId));
		if (opened.keyId().equals(this.keys.current().keyId())) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(this.keys.current().sealFile(complaintId, fileId, opened.plain()));
	}

	/**
	 * Every recorded reveal of a complaint's contact, newest first.
	 * @param complaintId the complaint
	 * @return the reveals
	 */
	@Transactional(readOnly = true)
	public List<RevealRecord> revealsOf(UUID complaintId) {
		return this.reveals.findByComplaintIdOrderByRevealedAtDesc(complaintId)
			.stream()
			.map(ContactReveal::toRecord)
			.toList();
	}

	/**
	 * Whether a contact is on file for the complaint.
	 * @param complaintId the complaint
	 * @return true when sealed details exist
	 */
	@Transactional(readOnly = true)
	public boolean holdsContactOf(UUID complaintId) {
		return this.sealed.existsById(complaintId);
	}

}
