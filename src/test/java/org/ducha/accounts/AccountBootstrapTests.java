package org.ducha.accounts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Outside the demo Ducha refuses to start without a way to create its first
 * administrator.
 */
class AccountBootstrapTests {

	final OfficerAccounts accounts = mock(OfficerAccounts.class);

	@Test
	void refusesToStartWithoutAnAdministratorOrItsPassword() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		AccountBootstrap bootstrap = new AccountBootstrap(this.accounts, new AccountsSettings(""), production);
		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null))
			.withMessageContaining("DUCHA_ADMIN_PASSWORD");
	}

	@Test
	void createsTheFirstAdministratorFromTheEnvironment() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		new AccountBootstrap(this.accounts, new AccountsSettings("a-long-secret"), production).run(null);
		verify(this.accounts).open(eq("admin"), eq("a-long-secret"), anyString(), eq(Set.of(Role.ADMIN)), eq(Set.of()));
	}

	@Test
	void refusesAWeakFirstAdministratorPasswordSayingWhy() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		for (String weak : List.of("short-one", "my-admin-secret-2016", "Password1234")) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new AccountBootstrap(this.accounts, new AccountsSettings(weak), production).run(null))
				.withMessageContaining("DUCHA_ADMIN_PASSWORD is refused");
		}
		verify(this.accounts, never()).open(anyString(), anyString(), anyString(), any(), any());
	}

	@Test
	void leavesAnExistingAdministratorAlone() {
		when(this.accounts.anyWithRole(Role.ADMIN)).thenReturn(true);
		new AccountBootstrap(this.accounts, new AccountsSettings("a-long-secret"), new MockEnvironment()).run(null);
		verify(this.accounts, never()).open(anyString(), anyString(), anyString(), any(), any());
	}

}
