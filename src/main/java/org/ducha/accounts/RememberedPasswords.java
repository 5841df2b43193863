package org.ducha.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes which password matched which stored hash, so that an API
 * client signing in with HTTP Basic on every request pays the bcrypt check (tens of
 * milliseconds of CPU) once, not on every request (docs/benchmarks.md). Only matches are
 * remembered: a wrong password is checked with bcrypt every time, so guessing stays as
 * slow as before. The stored hash is part of what is remembered, so a new password (a new
 * hash) is checked afresh; a disabled account is refused before its password is looked
 * at. Neither password nor hash is kept: only an HMAC of the two under a key drawn at
 * start, in memory.
 */
final class RememberedPasswords implements PasswordEncoder {

	static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

	static final int MAX_REMEMBERED = 10_000;

	private final PasswordEncoder encoder;

	private final SecretKeySpec key;

	private final long rememberedForNanos;

	private final Map<String, Long> matched = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
			return size() > MAX_REMEMBERED;
		}

	};

	RememberedPasswords(PasswordEncoder encoder) {
		this(encoder, REMEMBERED_FOR);
	}

	RememberedPasswords(PasswordEncoder encoder, Duration rememberedFor) {
		this.encoder = encoder;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.rememberedForNanos = rememberedFor.toNanos();
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.encoder.matches(rawPassword, encodedPassword);
		}
		String fingerprint = fingerprint(rawPassword, encodedPassword);
		long now = System.nanoTime();
		synchronized (this.matched) {
			Long until = this.matched.get(fingerprint);
			if (until != null && now - until < 0) {
				return true;
			}
		}
		boolean matches = this.encoder.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (this.matched) {
				this.matched.put(fingerprint, now + this.rememberedForNanos);
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
