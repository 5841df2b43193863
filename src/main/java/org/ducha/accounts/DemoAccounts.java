package org.ducha.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.ducha.shared.RegionCode;

/**
 * Demo accounts, one per role, all with the password {@value #PASSWORD}. Only in the
 * {@code demo} profile (the default when no profile is chosen).
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "ducha-demo-2016";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final OfficerAccounts accounts;

	DemoAccounts(OfficerAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<String, Role> demo = new LinkedHashMap<>();
		demo.put("admin", Role.ADMIN);
		demo.put("clerk", Role.INTAKE_CLERK);
		demo.put("officer", Role.TEAM_OFFICER);
		demo.put("leader", Role.TEAM_LEADER);
		demo.put("followup", Role.FOLLOWUP_OFFICER);
		demo.put("handler", Role.LOCAL_HANDLER);
		demo.forEach((username, role) -> {
			if (!this.accounts.exists(username)) {
				Set<RegionCode> regions = (role == Role.LOCAL_HANDLER) ? Set.of(new RegionCode("141002")) : Set.of();
				this.accounts.open(username, PASSWORD, username, Set.of(role), regions);
			}
		});
		StringBuilder banner = new StringBuilder("\n\n  Ducha demo accounts (password: ").append(PASSWORD)
			.append(")\n");
		demo.forEach((username, role) -> banner.append(
				String.format("    %-9s %s%s%n", username, role, (role == Role.LOCAL_HANDLER) ? " (141002 尧都区)" : "")));
		log.info(banner.toString());
	}

}
