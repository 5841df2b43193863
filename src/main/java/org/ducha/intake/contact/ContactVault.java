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

	private final ContactCipher cipher;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	ContactVault(SealedContacts sealed, ContactReveals reveals, ContactCipher cipher, JsonMapper jsonMapper,
			Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.sealed = sealed;
		this.reveals = reveals;
		this.cipher = cipher;
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
		this.sealed.save(new SealedContact(complaintId, this.cipher.keyId(), this.cipher.seal(complaintId, plaintext),
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
		byte[] plaintext = this.cipher.open(complaintId, contact.ciphertext());
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
			byte[] plaintext = this.cipher.open(complaintId, contact.ciphertext());
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
		return this.cipher.sealFile(complaintId, fileId, content);
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
		byte[] plain = this.cipher.openFile(complaintId, fileId, sealedContent);
		this.reveals.save(new ContactReveal(complaintId, officer.username(), this.clock.instant(),
				"file " + fileId + ": " + stated));
		log.info("Sealed file {} of complaint {} opened by {}", fileId, complaintId, officer.username());
		return plain;
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
