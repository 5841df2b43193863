package org.ducha.intake;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.intake.contact.ContactKeyRotated;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

/**
 * Contact key rotation: re-seals every complainant contact and every sealed file still
 * under an older key with the current key, in batches of their own transactions.
 * Idempotent (what is already under the current key is left alone) and resumable (a stop
 * between batches leaves everything readable; the next run goes on). See
 * docs/security.md, "Rotating the contact key".
 */
@Service
public class ContactKeyRotation {

	private static final Logger log = LoggerFactory.getLogger(ContactKeyRotation.class);

	private final ContactVault vault;

	private final ComplaintAttachments attachments;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	ContactKeyRotation(ContactVault vault, ComplaintAttachments attachments, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.vault = vault;
		this.attachments = attachments;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Re-seals everything under an older key.
	 * @param batchSize contacts (or files) per transaction, 1–10,000
	 * @param maxBatches stop after this many batches (null: until done), to spread a long
	 * run
	 * @return what was done and how many contacts each key now holds
	 */
	public Report reseal(int batchSize, Integer maxBatches) {
		if (batchSize < 1 || batchSize > 10_000) {
			throw new RuleViolationException(new FieldViolation("batchSize", "field.range", 1, 10_000));
		}
		if (maxBatches != null && maxBatches < 1) {
			throw new RuleViolationException(new FieldViolation("maxBatches", "field.range", 1, Integer.MAX_VALUE));
		}
		int contacts = 0;
		int files = 0;
		int batches = 0;
		boolean done = false;
		while (!done && (maxBatches == null || batches < maxBatches)) {
			int count = this.vault.resealBatch(batchSize);
			contacts += count;
			batches++;
			done = count < batchSize;
		}
		boolean filesDone = false;
		while (done && !filesDone && (maxBatches == null || batches < maxBatches)) {
			int count = this.attachments.resealFiles(batchSize);
			files += count;
			batches++;
			filesDone = count < batchSize;
		}
		if (contacts + files > 0) {
			int resealedContacts = contacts;
			int resealedFiles = files;
			this.transactions.executeWithoutResult((status) -> this.events
				.publishEvent(new ContactKeyRotated(this.vault.currentKeyId(), resealedContacts, resealedFiles)));
		}
		log.info("Contact key rotation to {}: {} contacts and {} files re-sealed in {} batches{}",
				this.vault.currentKeyId(), contacts, files, batches, (done && filesDone) ? "" : ", more to do");
		return new Report(this.vault.currentKeyId(), contacts, files, done && filesDone, this.vault.contactsByKey());
	}

	/**
	 * The state of the contact keys.
	 * @return the current key and how many contacts each key holds
	 */
	public Report status() {
		return new Report(this.vault.currentKeyId(), 0, 0,
				this.vault.contactsByKey().keySet().stream().allMatch((key) -> key.equals(this.vault.currentKeyId())),
				this.vault.contactsByKey());
	}

	/**
	 * A rotation run.
	 *
	 * @param currentKeyId the key that seals now
	 * @param contactsResealed contacts re-sealed by this run
	 * @param filesResealed sealed files re-sealed by this run
	 * @param complete whether nothing is left under an older key (contacts; files are
	 * checked by the run itself)
	 * @param contactsByKey key id → contacts sealed under it
	 */
	public record Report(String currentKeyId, int contactsResealed, int filesResealed, boolean complete,
			Map<String, Long> contactsByKey) {

	}

}
