package org.ducha.accounts;

import java.util.Set;

/**
 * An officer account was opened (for the audit trail: the sign-in name, roles and
 * regions; never the password or the display name).
 *
 * @param username the sign-in name
 * @param roles its roles
 * @param regionCodes the regions of a local handler
 */
public record AccountOpened(String username, Set<Role> roles, Set<String> regionCodes) {

}
