package org.ducha.intake.contact;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface SealedContacts extends CrudRepository<SealedContact, UUID> {

	List<SealedContact> findByKeyIdNot(String keyId, Pageable page);

	@Query("SELECT s.keyId, COUNT(s) FROM SealedContact s GROUP BY s.keyId")
	List<Object[]> countByKeyId();

}
