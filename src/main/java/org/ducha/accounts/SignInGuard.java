package org.ducha.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling: after a number of wrong passwords for one account within a window
 * (default 5 in 15 minutes) the account is locked for a while (default 15 minutes), on
 * the sign-in form and on the API alike; a successful sign-in clears the count. Kept in
 * memory per instance.
 */
@Component
public class SignInGuard {

	private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

	private static final int MAX_TRACKED = 10_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final Duration lockout;

	SignInGuard(Clock clock, @Value("${ducha.accounts.max-failed-sign-ins:5}") int maxFailures,
			@Value("${ducha.accounts.failure-window:PT15M}") Duration window,
			@Value("${ducha.accounts.lockout:PT15M}") Duration lockout) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
		this.lockout = lockout;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.failures.remove(event.getAuthentication().getName());
	}

	void failed(String username) {
		if (username == null) {
			return;
		}
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_TRACKED) {
			this.failures.values()
				.removeIf((times) -> times.isEmpty() || times.peekLast().isBefore(now.minus(this.window)));
		}
		Deque<Instant> times = this.failures.computeIfAbsent(username, (name) -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(this.window))) {
				times.removeFirst();
			}
			if (times.size() >= this.maxFailures) {
				this.lockedUntil.put(username, now.plus(this.lockout));
				times.clear();
				log.warn("Account {} locked for {} after {} failed sign-ins", username, this.lockout, this.maxFailures);
			}
		}
	}

	/**
	 * Whether an account is locked now.
	 * @param username the account
	 * @return true while its lock-out runs
	 */
	public boolean isLocked(String username) {
		Instant until = this.lockedUntil.get(username);
		if (until == null) {
			return false;
		}
		if (!this.clock.instant().isBefore(until)) {
			this.lockedUntil.remove(username);
			return false;
		}
		return true;
	}

}
