package org.ducha.accounts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 密码规则: at least twelve characters, at most 72 bytes, not containing the user name, not a
 * common password; applied where accounts are opened, with every failure on the field
 * {@code password}; the demo and test passwords comply.
 */
@IntegrationTest
class PasswordPolicyTests {

	@Autowired
	OfficerAccounts accounts;

	@Test
	void refusesShortPasswordsAndPasswordsContainingTheUserNameOrOnTheCommonList() {
		assertThat(codes("zhangsan", "short-pass1")).containsExactly("account.password.short");
		assertThat(codes("zhangsan", "我的密码是十二个汉字长度吗")).isEmpty();
		assertThat(codes("zhangsan", "zhangsan-2016-nov")).containsExactly("account.password.containsUsername");
		assertThat(codes("zhangsan", "my-ZhangSan-secret")).containsExactly("account.password.containsUsername");
		assertThat(codes("zhangsan", "Password1234")).containsExactly("account.password.common");
		assertThat(codes("zhangsan", "1QAZ2WSX3EDC")).containsExactly("account.password.common");
		assertThat(codes("zhangsan", "汉".repeat(25))).containsExactly("account.password.long");
		assertThat(codes("zhangsan", "correct-horse-battery")).isEmpty();
	}

	@Test
	void acceptsTheDemoAndTestPasswords() {
		for (String username : List.of("admin", "clerk", "officer", "leader", "followup", "handler", "handler-qw")) {
			assertThat(PasswordPolicy.check(username, DemoAccounts.PASSWORD)).isEmpty();
		}
		for (String username : List.of(Fixtures.ADMIN, Fixtures.CLERK, Fixtures.OFFICER, Fixtures.LEADER,
				Fixtures.FOLLOWUP, Fixtures.HANDLER, Fixtures.OTHER_HANDLER)) {
			assertThat(PasswordPolicy.check(username, Fixtures.PASSWORD)).isEmpty();
		}
	}

	@Test
	void refusesAWeakPasswordWhenAnAccountIsOpenedNamingThePasswordField() {
		String username = "pw" + System.nanoTime() % 1_000_000;
		for (String weak : List.of("too-short", username + "-secret-long", "qwertyuiop123")) {
			assertThatThrownBy(() -> this.accounts.open(username, weak, "测试", Set.of(Role.INTAKE_CLERK), Set.of()))
				.isInstanceOf(RuleViolationException.class)
				.satisfies(
						(ex) -> assertThat(((RuleViolationException) ex).violations()).extracting(FieldViolation::field)
							.containsOnly("password"));
			assertThat(this.accounts.exists(username)).isFalse();
		}
		this.accounts.open(username, "a-sound-passphrase-9", "测试", Set.of(Role.INTAKE_CLERK), Set.of());
		assertThat(this.accounts.exists(username)).isTrue();
	}

	private static List<String> codes(String username, String password) {
		return PasswordPolicy.check(username, password).stream().map(FieldViolation::code).toList();
	}

}
