package org.ducha.intake.contact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the contact key: from the environment, or for a zero-setup start from a local key
 * file it creates.
 */
@Configuration(proxyBeanMethods = false)
class ContactKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ContactKeyConfiguration.class);

	@Bean
	ContactKeyring contactKeyring(ContactKeySettings settings) {
		java.util.Map<String, ContactCipher> previous = new java.util.LinkedHashMap<>();
		settings.previousKeys()
			.forEach((id, key) -> previous.put(id, new ContactCipher(id,
					new SecretKeySpec(decode(key.strip(), "ducha.contact.previous-keys." + id), "AES"))));
		return new ContactKeyring(new ContactCipher(settings.keyId(), new SecretKeySpec(keyBytes(settings), "AES")),
				previous);
	}

	static byte[] keyBytes(ContactKeySettings settings) {
		if (settings.key() != null && !settings.key().isBlank()) {
			return decode(settings.key().strip(), "DUCHA_CONTACT_KEY");
		}
		if (settings.keyFile() == null || settings.keyFile().isBlank()) {
			throw new IllegalStateException("No contact key: set DUCHA_CONTACT_KEY to a Base64 256-bit key "
					+ "(for example: openssl rand -base64 32)");
		}
		Path file = Path.of(settings.keyFile());
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.debug("File system without POSIX permissions; key file left with default permissions");
			}
			log.warn("Created a new contact key in {}. Fine for a demo; in production set DUCHA_CONTACT_KEY "
					+ "and keep the key out of the data directory.", file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or create the contact key file " + file, ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The contact key in " + source + " is not Base64", ex);
		}
		if (key.length != 32) {
			throw new IllegalStateException("The contact key in " + source + " must be 32 bytes (256 bits)");
		}
		return key;
	}

}
