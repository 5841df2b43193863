package org.ducha;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignDraft;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.RegionCode;

/**
 * Test accounts and campaigns, made through the application's own capability services.
 */
public final class Fixtures {

	public static final String PASSWORD = "test-password-1";

	public static final String CLERK = "t-clerk";

	public static final String OFFICER = "t-officer";

	public static final String LEADER = "t-leader";

	public static final String FOLLOWUP = "t-followup";

	/** Local handler for 尧都区 141002. */
	public static final String HANDLER = "t-handler";

	/** Local handler for 曲沃县 141021. */
	public static final String OTHER_HANDLER = "t-handler-qw";

	public static final String ADMIN = "t-admin";

	private Fixtures() {
	}

	public static void ensureAccounts(OfficerAccounts accounts) {
		open(accounts, CLERK, Role.INTAKE_CLERK, Set.of());
		open(accounts, OFFICER, Role.TEAM_OFFICER, Set.of());
		open(accounts, LEADER, Role.TEAM_LEADER, Set.of());
		open(accounts, FOLLOWUP, Role.FOLLOWUP_OFFICER, Set.of());
		open(accounts, HANDLER, Role.LOCAL_HANDLER, Set.of(new RegionCode("141002")));
		open(accounts, OTHER_HANDLER, Role.LOCAL_HANDLER, Set.of(new RegionCode("141021")));
		open(accounts, ADMIN, Role.ADMIN, Set.of());
	}

	private static synchronized void open(OfficerAccounts accounts, String username, Role role,
			Set<RegionCode> regions) {
		if (!accounts.exists(username)) {
			accounts.open(username, PASSWORD, username, Set.of(role), regions);
		}
	}

	public static RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
	}

	/**
	 * A campaign like the 临汾 stay (2016-11-23..12-23, 8:00–20:00) with a receipt scheme
	 * of its own.
	 * @param campaigns the registry
	 * @return the campaign
	 */
	public static CampaignDetails linfenCampaign(CampaignRegistry campaigns) {
		return campaigns.open(new CampaignDraft("测试督察组" + ThreadLocalRandom.current().nextInt(1_000_000), "141000",
				"临汾市", LocalDate.of(2016, 11, 23), LocalDate.of(2016, 12, 23), "0357-2069124", "山西省临汾市12369信箱",
				"8:00-20:00", null, "9", uniqueUnitLetters(), 7), "test");
	}

	/**
	 * A campaign stationed now (from five days ago for a month), for the public portal
	 * whose complaints are received at the moment they are filed.
	 * @param campaigns the registry
	 * @return the campaign
	 */
	public static CampaignDetails currentCampaign(CampaignRegistry campaigns) {
		LocalDate today = LocalDate.now(java.time.Clock.system(CampaignDetails.CHINA_TIME));
		return campaigns.open(new CampaignDraft("在驻督察组" + ThreadLocalRandom.current().nextInt(1_000_000), "141000",
				"临汾市", today.minusDays(5), today.plusDays(25), "0357-2069124", "山西省临汾市12369信箱", "8:00-20:00", null, "9",
				uniqueUnitLetters(), 7), "test");
	}

	/**
	 * Next unit letters: counted, not drawn, so no two campaigns of a test run collide.
	 */
	private static final java.util.concurrent.atomic.AtomicInteger UNIT_LETTERS = new java.util.concurrent.atomic.AtomicInteger(
			ThreadLocalRandom.current().nextInt(26 * 26 * 26 * 26));

	/**
	 * Four letters no other campaign of this test run has (a campaign's round and unit
	 * letters must be unique; drawn at random, a few hundred campaigns collided now and
	 * then).
	 * @return the letters
	 */
	public static String uniqueUnitLetters() {
		int number = Math.floorMod(UNIT_LETTERS.getAndIncrement(), 26 * 26 * 26 * 26);
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			letters.append((char) ('A' + number % 26));
			number /= 26;
		}
		return letters.toString();
	}

}
