package org.ducha.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface Officers extends CrudRepository<Officer, UUID> {

	// roles and regions in the same statement: this runs on every authenticated request
	@EntityGraph(attributePaths = { "roles", "regionCodes" })
	Optional<Officer> findByUsername(String username);

	@Query("select count(o) > 0 from Officer o join o.roles r where r = :role")
	boolean existsWithRole(Role role);

	@EntityGraph(attributePaths = { "roles", "regionCodes" })
	@Query("select distinct o from Officer o join o.roles r where r = :role and o.enabled = true order by o.username")
	java.util.List<Officer> findEnabledWithRole(Role role);

}
