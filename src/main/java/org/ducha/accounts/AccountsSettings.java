package org.ducha.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings.
 *
 * @param adminPassword the password of the first administrator, created at start-up when
 * no administrator exists (from the environment variable {@code DUCHA_ADMIN_PASSWORD});
 * required outside the demo
 */
@ConfigurationProperties("ducha.accounts")
record AccountsSettings(String adminPassword) {

}
