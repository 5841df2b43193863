package org.ducha.intake.contact;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the contact keys come from.
 *
 * @param key the current 256-bit key, Base64 (environment variable
 * {@code DUCHA_CONTACT_KEY}); wins when set
 * @param keyFile a file holding the key, created with a warning when missing (the
 * zero-setup default {@code ./data/contact.key}); empty in production, where the key must
 * come from the environment
 * @param keyId the name under which ciphertexts record the current key
 * @param previousKeys older keys by key id, Base64
 * ({@code ducha.contact.previous-keys.k1=…}): they open what was sealed before a rotation
 * and seal nothing; remove one once a re-seal has left nothing under it
 */
@ConfigurationProperties("ducha.contact")
record ContactKeySettings(String key, String keyFile, String keyId, Map<String, String> previousKeys) {

	ContactKeySettings {
		keyId = (keyId == null || keyId.isBlank()) ? "k1" : keyId;
		previousKeys = (previousKeys == null) ? Map.of() : Map.copyOf(previousKeys);
	}

}
