package org.ducha.notifications;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox is delivered.
 *
 * @param workerEnabled whether the scheduled worker runs (off in tests, which call the
 * delivery themselves)
 * @param pollInterval how often the worker looks for due messages
 * @param maxAttempts attempts before a message is marked FAILED
 * @param backoff the wait after the first failed attempt; doubled after each further one
 * @param lease how long a claim (SENDING) holds before another worker may take it over (a
 * worker that crashed mid-way)
 * @param batchSize messages looked at per run
 * @param locale the language of e-mail and SMS (the inbox is shown in the reader's)
 * @param baseUrl the address of Ducha, for links in e-mails
 * @param mailFrom the sender address of e-mails
 */
@ConfigurationProperties("ducha.notifications")
public record NotificationSettings(Boolean workerEnabled, Duration pollInterval, Integer maxAttempts, Duration backoff,
		Duration lease, Integer batchSize, Locale locale, String baseUrl, String mailFrom) {

	public NotificationSettings {
		workerEnabled = (workerEnabled == null) ? Boolean.TRUE : workerEnabled;
		pollInterval = (pollInterval == null) ? Duration.ofSeconds(30) : pollInterval;
		maxAttempts = (maxAttempts == null || maxAttempts < 1) ? 5 : maxAttempts;
		backoff = (backoff == null) ? Duration.ofMinutes(1) : backoff;
		lease = (lease == null) ? Duration.ofMinutes(10) : lease;
		batchSize = (batchSize == null || batchSize < 1) ? 100 : batchSize;
		locale = (locale == null) ? Locale.SIMPLIFIED_CHINESE : locale;
		baseUrl = (baseUrl == null) ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		mailFrom = (mailFrom == null || mailFrom.isBlank()) ? "ducha@localhost" : mailFrom;
	}

	/**
	 * The wait before the next attempt after a failed one.
	 * @param attempts attempts made so far (at least 1)
	 * @return backoff × 2^(attempts−1), capped at one day
	 */
	public Duration backoffAfter(int attempts) {
		Duration wait = this.backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (wait.compareTo(Duration.ofDays(1)) > 0) ? Duration.ofDays(1) : wait;
	}

}
