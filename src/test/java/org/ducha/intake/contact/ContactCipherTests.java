package org.ducha.intake.contact;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactCipherTests {

	final ContactCipher cipher = new ContactCipher("k1", new SecretKeySpec(new byte[32], "AES"));

	final UUID complaint = UUID.randomUUID();

	@Test
	void opensWhatItSealed() {
		String sealed = this.cipher.seal(this.complaint, "王某 13800000000".getBytes(StandardCharsets.UTF_8));
		assertThat(new String(this.cipher.open(this.complaint, sealed), StandardCharsets.UTF_8))
			.isEqualTo("王某 13800000000");
	}

	@Test
	void sealsTheSameContactDifferentlyEachTime() {
		byte[] plaintext = "王某".getBytes(StandardCharsets.UTF_8);
		assertThat(this.cipher.seal(this.complaint, plaintext))
			.isNotEqualTo(this.cipher.seal(this.complaint, plaintext));
	}

	@Test
	void refusesACiphertextMovedToAnotherComplaint() {
		String sealed = this.cipher.seal(this.complaint, "王某".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> this.cipher.open(UUID.randomUUID(), sealed))
			.isInstanceOf(ContactCipher.SealBrokenException.class);
	}

	@Test
	void refusesATamperedCiphertext() {
		String sealed = this.cipher.seal(this.complaint, "王某".getBytes(StandardCharsets.UTF_8));
		char[] chars = sealed.toCharArray();
		chars[20] = (chars[20] == 'A') ? 'B' : 'A';
		assertThatThrownBy(() -> this.cipher.open(this.complaint, new String(chars)))
			.isInstanceOf(ContactCipher.SealBrokenException.class);
	}

	@Test
	void refusesAnotherKey() {
		String sealed = this.cipher.seal(this.complaint, "王某".getBytes(StandardCharsets.UTF_8));
		byte[] other = new byte[32];
		other[0] = 1;
		ContactCipher wrong = new ContactCipher("k1", new SecretKeySpec(other, "AES"));
		assertThatThrownBy(() -> wrong.open(this.complaint, sealed))
			.isInstanceOf(ContactCipher.SealBrokenException.class);
	}

	@Test
	void neverPrintsAContact() {
		assertThat(new ComplainantContact("王某", "13800000000", "某地").toString()).doesNotContain("王某", "13800000000");
	}

}
