package org.ducha.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.RegionCode;

/**
 * An officer account: a person who signs in to Ducha with one or more roles, and for
 * local handlers the regions they answer for.
 */
@Entity
@Table(name = "officer")
class Officer {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "officer_role", joinColumns = @JoinColumn(name = "officer_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "officer_region", joinColumns = @JoinColumn(name = "officer_id"))
	@Column(name = "region_code")
	private Set<String> regionCodes = new LinkedHashSet<>();

	@Version
	private Integer version;

	protected Officer() {
	}

	Officer(String username, String passwordHash, String displayName, Set<Role> roles, Set<RegionCode> regions,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.enabled = true;
		this.createdAt = createdAt;
		this.roles.addAll(roles);
		regions.forEach((region) -> this.regionCodes.add(region.value()));
	}

	UUID id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	String displayName() {
		return this.displayName;
	}

	boolean enabled() {
		return this.enabled;
	}

	Set<Role> roles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	Set<String> regionCodes() {
		return Set.copyOf(this.regionCodes);
	}

}
