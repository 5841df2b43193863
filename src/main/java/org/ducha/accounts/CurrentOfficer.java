package org.ducha.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in officer as the other modules see it: a name for the record, roles, and
 * jurisdiction.
 *
 * @param username the sign-in name, recorded as the actor of every change
 * @param displayName the name shown on pages
 * @param roles the roles held
 * @param jurisdiction the regions visible
 */
public record CurrentOfficer(String username, String displayName, Set<Role> roles, Jurisdiction jurisdiction) {

	public CurrentOfficer {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * For pages: {@code me.hasRole('TEAM_LEADER')}.
	 * @param roleName a {@link Role} name
	 * @return whether the officer holds it
	 */
	public boolean hasRole(String roleName) {
		return this.roles.stream().anyMatch((role) -> role.name().equals(roleName));
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (has(role)) {
				return true;
			}
		}
		return false;
	}

}
