package org.ducha.intake.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The contact keys: the current one, which seals, and the older ones still configured,
 * which only open what was sealed before a rotation. A ciphertext names its key id; a
 * sealed file does not, so it is opened by trying the current key first (GCM
 * authentication tells the right key from a wrong one).
 */
final class ContactKeyring {

	private final ContactCipher current;

	private final Map<String, ContactCipher> all = new LinkedHashMap<>();

	ContactKeyring(ContactCipher current, Map<String, ContactCipher> previous) {
		this.current = current;
		this.all.put(current.keyId(), current);
		previous.forEach((id, cipher) -> {
			if (!id.equals(current.keyId())) {
				this.all.put(id, cipher);
			}
		});
	}

	ContactCipher current() {
		return this.current;
	}

	/**
	 * The cipher of a key id.
	 * @throws RetiredKeyException when that key is no longer configured
	 */
	ContactCipher of(String keyId) {
		ContactCipher cipher = this.all.get(keyId);
		if (cipher == null) {
			throw new RetiredKeyException(keyId);
		}
		return cipher;
	}

	byte[] open(UUID complaintId, String keyId, String ciphertext) {
		return of(keyId).open(complaintId, ciphertext);
	}

	byte[] openFile(UUID complaintId, UUID fileId, byte[] sealed) {
		return openFileWithKey(complaintId, fileId, sealed).map(Opened::plain)
			.orElseThrow(() -> new ContactCipher.SealBrokenException(complaintId,
					new IllegalStateException("No configured key opens file " + fileId)));
	}

	/**
	 * Opens a sealed file with whichever configured key sealed it.
	 * @return the plain bytes and the key id, empty when no configured key opens it
	 */
	Optional<Opened> openFileWithKey(UUID complaintId, UUID fileId, byte[] sealed) {
		for (ContactCipher cipher : this.all.values()) {
			try {
				return Optional.of(new Opened(cipher.keyId(), cipher.openFile(complaintId, fileId, sealed)));
			}
			catch (ContactCipher.SealBrokenException ex) {
				// not this key
			}
		}
		return Optional.empty();
	}

	record Opened(String keyId, byte[] plain) {

	}

	/**
	 * A ciphertext names a key that is no longer configured: retired before everything
	 * sealed under it was re-sealed.
	 */
	static final class RetiredKeyException extends IllegalStateException {

		RetiredKeyException(String keyId) {
			super("Contact key " + keyId + " is not configured (retired before a re-seal finished?)");
		}

	}

}
