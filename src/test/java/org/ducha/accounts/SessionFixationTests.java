package org.ducha.accounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session fixation, over real HTTP against the running server: a session id obtained
 * before signing in (and so possibly planted by an attacker) is replaced at sign-in, and
 * the old id stays signed out.
 */
@IntegrationTest
class SessionFixationTests {

	static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID|SESSION)=([^;]+)");

	static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts accounts;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void givesANewSessionIdAtSignInAndLeavesTheOldOneSignedOut() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
		String before = session(loginPage).orElseThrow(() -> new AssertionError("no session before sign-in"));
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).as("CSRF token on the sign-in form").isTrue();
		String token = (csrf.group(1) != null) ? csrf.group(1) : csrf.group(2);

		HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + Fixtures.CLERK + "&password="
					+ URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8))),
				before);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String after = session(signIn).orElseThrow(() -> new AssertionError("no new session id at sign-in"));
		assertThat(after).isNotEqualTo(before);

		HttpResponse<String> withNew = send(HttpRequest.newBuilder(uri("/complaints")).GET(), after);
		assertThat(withNew.statusCode()).isEqualTo(200);
		HttpResponse<String> withOld = send(HttpRequest.newBuilder(uri("/complaints")).GET(), before);
		assertThat(withOld.statusCode()).isEqualTo(302);
		assertThat(withOld.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
		if (session != null) {
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static Optional<String> session(HttpResponse<String> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			Matcher matcher = SESSION_COOKIE.matcher(cookie);
			if (matcher.find()) {
				// the whole name=value: JSESSIONID in memory, SESSION with Spring Session
				// JDBC (postgres profile)
				return Optional.of(matcher.group(1) + "=" + matcher.group(2));
			}
		}
		return Optional.empty();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
