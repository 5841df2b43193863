package org.ducha.intake.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the contact key comes from.
 *
 * @param key the 256-bit key, Base64 (environment variable {@code DUCHA_CONTACT_KEY});
 * wins when set
 * @param keyFile a file holding the key, created with a warning when missing (the
 * zero-setup default {@code ./data/contact.key}); empty in production, where the key must
 * come from the environment
 * @param keyId the name under which ciphertexts record the key (for rotation)
 */
@ConfigurationProperties("ducha.contact")
record ContactKeySettings(String key, String keyFile, String keyId) {

	ContactKeySettings {
		keyId = (keyId == null || keyId.isBlank()) ? "k1" : keyId;
	}

}
