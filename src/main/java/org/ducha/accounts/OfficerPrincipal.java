package org.ducha.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.ducha.shared.RegionCode;

/**
 * The security principal of a signed-in officer; carries what {@link CurrentOfficer}
 * needs so that no query is made per request to learn it.
 */
final class OfficerPrincipal implements UserDetails {

	private final String username;

	private final String passwordHash;

	private final String displayName;

	private final boolean enabled;

	private final Set<Role> roles;

	private final Set<RegionCode> regions;

	private final boolean locked;

	OfficerPrincipal(Officer officer) {
		this(officer, false);
	}

	OfficerPrincipal(Officer officer, boolean locked) {
		this.locked = locked;
		this.username = officer.username();
		this.passwordHash = officer.passwordHash();
		this.displayName = officer.displayName();
		this.enabled = officer.enabled();
		this.roles = officer.roles();
		this.regions = officer.regionCodes().stream().map(RegionCode::new).collect(Collectors.toUnmodifiableSet());
	}

	CurrentOfficer toCurrentOfficer() {
		boolean handlerOnly = this.roles.contains(Role.LOCAL_HANDLER)
				&& this.roles.stream().noneMatch((role) -> role != Role.LOCAL_HANDLER);
		Jurisdiction jurisdiction = handlerOnly ? Jurisdiction.of(this.regions) : Jurisdiction.everywhere();
		return new CurrentOfficer(this.username, this.displayName, this.roles, jurisdiction);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
