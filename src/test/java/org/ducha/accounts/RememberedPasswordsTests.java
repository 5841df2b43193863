package org.ducha.accounts;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matched password is checked with bcrypt once and then remembered for a while; wrong
 * passwords and new hashes are always checked.
 */
class RememberedPasswordsTests {

	private final AtomicInteger checks = new AtomicInteger();

	private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			return RememberedPasswordsTests.this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			RememberedPasswordsTests.this.checks.incrementAndGet();
			return RememberedPasswordsTests.this.bcrypt.matches(rawPassword, encodedPassword);
		}

	};

	@Test
	void checksAMatchingPasswordOnceAndThenRemembersIt() {
		RememberedPasswords passwords = new RememberedPasswords(this.counting);
		String hash = passwords.encode("correct-horse-1");
		for (int i = 0; i < 5; i++) {
			assertThat(passwords.matches("correct-horse-1", hash)).isTrue();
		}
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void checksAWrongPasswordEveryTime() {
		RememberedPasswords passwords = new RememberedPasswords(this.counting);
		String hash = passwords.encode("correct-horse-1");
		assertThat(passwords.matches("correct-horse-1", hash)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.matches("correct-horse-2", hash)).isFalse();
		}
		assertThat(this.checks).hasValue(4);
	}

	@Test
	void checksAgainstANewHashAfresh() {
		RememberedPasswords passwords = new RememberedPasswords(this.counting);
		String old = passwords.encode("correct-horse-1");
		String changed = passwords.encode("another-horse-1");
		assertThat(passwords.matches("correct-horse-1", old)).isTrue();
		assertThat(passwords.matches("correct-horse-1", changed)).isFalse();
		assertThat(passwords.matches("another-horse-1", changed)).isTrue();
		assertThat(passwords.matches("another-horse-1", changed)).isTrue();
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void forgetsAfterTheRememberedTime() throws InterruptedException {
		RememberedPasswords passwords = new RememberedPasswords(this.counting, Duration.ofMillis(1));
		String hash = passwords.encode("correct-horse-1");
		assertThat(passwords.matches("correct-horse-1", hash)).isTrue();
		Thread.sleep(5);
		assertThat(passwords.matches("correct-horse-1", hash)).isTrue();
		assertThat(this.checks).hasValue(2);
	}

}
