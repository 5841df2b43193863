package org.ducha.intake.contact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per message. The complaint id and key id are
 * bound in as associated data, so a ciphertext copied onto another complaint's row, or
 * altered in any way, fails to open.
 */
final class ContactCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final String keyId;

	private final SecretKey key;

	ContactCipher(String keyId, SecretKey key) {
		if (key.getEncoded() == null || key.getEncoded().length != 32) {
			throw new IllegalArgumentException("The contact key must be 256 bits");
		}
		this.keyId = keyId;
		this.key = key;
	}

	String keyId() {
		return this.keyId;
	}

	String seal(UUID complaintId, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(complaintId));
			byte[] sealed = cipher.doFinal(plaintext);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a contact", ex);
		}
	}

	byte[] open(UUID complaintId, String ciphertext) {
		try {
			byte[] all = Base64.getDecoder().decode(ciphertext);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(complaintId));
			return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SealBrokenException(complaintId, ex);
		}
	}

	/**
	 * Seals a file of the complaint: nonce followed by ciphertext and tag, bound to the
	 * complaint and to the file's own id.
	 */
	byte[] sealFile(UUID complaintId, UUID fileId, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(fileData(complaintId, fileId));
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a file", ex);
		}
	}

	byte[] openFile(UUID complaintId, UUID fileId, byte[] all) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			cipher.updateAAD(fileData(complaintId, fileId));
			return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SealBrokenException(complaintId, ex);
		}
	}

	private byte[] fileData(UUID complaintId, UUID fileId) {
		return (complaintId + "|file|" + fileId + "|" + this.keyId).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] associatedData(UUID complaintId) {
		return (complaintId + "|" + this.keyId).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A sealed contact could not be opened: tampered with, moved, or sealed under another
	 * key.
	 */
	static final class SealBrokenException extends RuntimeException {

		SealBrokenException(UUID complaintId, Exception cause) {
			super("The sealed contact of complaint " + complaintId + " does not open", cause);
		}

	}

}
