package org.ducha.accounts;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.IntegrationTest;
import org.ducha.TestClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes, on the API and the
 * sign-in form alike, even for the right password; then it opens again.
 */
@IntegrationTest
class SignInThrottlingTests {

	static final String PASSWORD = "right-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void locksAnAccountAfterFiveWrongPasswordsForFifteenMinutes() throws Exception {
		String username = "t-guess-" + System.nanoTime() % 100_000;
		this.accounts.open(username, PASSWORD, username, Set.of(Role.TEAM_OFFICER), Set.of());
		this.mvc.perform(get("/api/campaigns").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(get("/api/campaigns").with(httpBasic(username, "wrong-" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong-form"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/campaigns").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(get("/api/campaigns").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void forgetsWrongPasswordsAfterASuccessfulSignIn() throws Exception {
		String username = "t-typo-" + System.nanoTime() % 100_000;
		this.accounts.open(username, PASSWORD, username, Set.of(Role.TEAM_OFFICER), Set.of());
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				this.mvc.perform(get("/api/campaigns").with(httpBasic(username, "typo-" + i)))
					.andExpect(status().isUnauthorized());
			}
			this.mvc.perform(get("/api/campaigns").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		}
	}

}
