package org.ducha.accounts;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists. Outside the demo, the first administrator's
 * password must come from the environment; without it Ducha refuses to start rather than
 * run with no one able to manage it.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private final OfficerAccounts accounts;

	private final AccountsSettings settings;

	private final Environment environment;

	AccountBootstrap(OfficerAccounts accounts, AccountsSettings settings, Environment environment) {
		this.accounts = accounts;
		this.settings = settings;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		String password = this.settings.adminPassword();
		if (password == null || password.isBlank()) {
			if (this.environment.acceptsProfiles(Profiles.of("demo"))) {
				return;
			}
			throw new IllegalStateException(
					"No administrator exists. Set DUCHA_ADMIN_PASSWORD (at least 12 characters, not containing "
							+ "'admin', not a common password) for the first start.");
		}
		java.util.List<org.ducha.shared.FieldViolation> weak = PasswordPolicy.check("admin", password);
		if (!weak.isEmpty()) {
			throw new IllegalStateException("DUCHA_ADMIN_PASSWORD is refused ("
					+ weak.stream().map(org.ducha.shared.FieldViolation::code).toList()
					+ "): at least 12 characters, at most 72 bytes, not containing 'admin', not a common password.");
		}
		this.accounts.open("admin", password, "Administrator", Set.of(Role.ADMIN), Set.of());
		log.info("Created the administrator account 'admin' from DUCHA_ADMIN_PASSWORD");
	}

}
