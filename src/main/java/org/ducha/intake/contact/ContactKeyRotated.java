package org.ducha.intake.contact;

/**
 * Contacts and sealed files were re-sealed under the current contact key (for the audit
 * trail: counts and key ids, nothing of a contact).
 *
 * @param keyId the current key
 * @param contacts contacts re-sealed by this run
 * @param files sealed files re-sealed by this run
 */
public record ContactKeyRotated(String keyId, int contacts, int files) {

}
