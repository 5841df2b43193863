package org.ducha.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

/**
 * Opens officer accounts and tells who is signed in.
 */
@Service
public class OfficerAccounts implements UserDetailsService {

	/** Minimum password length (see {@link PasswordPolicy}). */
	public static final int MINIMUM_PASSWORD_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

	private final Officers officers;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private SignInGuard guard;

	OfficerAccounts(Officers officers, PasswordEncoder passwordEncoder, Clock clock) {
		this.officers = officers;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Opens an account.
	 * @param username sign-in name, lower case
	 * @param rawPassword the password, as {@link PasswordPolicy} requires
	 * @param displayName the name shown on pages
	 * @param roles at least one role
	 * @param regions the regions of a local handler (required for
	 * {@link Role#LOCAL_HANDLER})
	 */
	@Transactional
	public void open(String username, String rawPassword, String displayName, Set<Role> roles,
			Set<RegionCode> regions) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new RuleViolationException(new FieldViolation("username", "account.username.invalid"));
		}
		java.util.List<FieldViolation> weak = PasswordPolicy.check(username, rawPassword);
		if (!weak.isEmpty()) {
			throw new RuleViolationException(weak);
		}
		if (roles.isEmpty()) {
			throw new RuleViolationException(new FieldViolation("roles", "account.roles.empty"));
		}
		if (roles.contains(Role.LOCAL_HANDLER) && regions.isEmpty()) {
			throw new RuleViolationException(new FieldViolation("regions", "account.regions.required"));
		}
		if (this.officers.findByUsername(username).isPresent()) {
			throw new ConflictException("account.username.taken", username);
		}
		this.officers.save(new Officer(username, this.passwordEncoder.encode(rawPassword), displayName, roles, regions,
				this.clock.instant()));
		if (this.events != null) {
			this.events.publishEvent(new AccountOpened(username, Set.copyOf(roles),
					regions.stream().map(RegionCode::value).collect(java.util.stream.Collectors.toSet())));
		}
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.officers.findByUsername(username).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean anyWithRole(Role role) {
		return this.officers.existsWithRole(role);
	}

	/**
	 * Who holds a role, for notices: every enabled officer with it, and for a region code
	 * only those whose jurisdiction covers that region (a local handler of the county or
	 * of the city above it).
	 * @param role the role
	 * @param regionCode the region, or null for everyone with the role
	 * @return the usernames, sorted
	 */
	@Transactional(readOnly = true)
	public java.util.List<String> usernamesWith(Role role, String regionCode) {
		return this.officers.findEnabledWithRole(role)
			.stream()
			.filter((officer) -> regionCode == null
					|| new OfficerPrincipal(officer).toCurrentOfficer().jurisdiction().covers(regionCode))
			.map(Officer::username)
			.toList();
	}

	/**
	 * The officer signed in on this thread, if any.
	 * @return the current officer
	 */
	public Optional<CurrentOfficer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal principal) {
			return Optional.of(principal.toCurrentOfficer());
		}
		return Optional.empty();
	}

	private org.springframework.context.ApplicationEventPublisher events;

	@org.springframework.beans.factory.annotation.Autowired
	void setEvents(org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
	}

	@org.springframework.beans.factory.annotation.Autowired
	void guardedBy(SignInGuard guard) {
		this.guard = guard;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.officers.findByUsername(username)
			.map((officer) -> new OfficerPrincipal(officer, this.guard != null && this.guard.isLocked(username)))
			.orElseThrow(() -> new UsernameNotFoundException("No such officer"));
	}

}
