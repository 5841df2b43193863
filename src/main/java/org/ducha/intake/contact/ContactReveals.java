package org.ducha.intake.contact;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ContactReveals extends CrudRepository<ContactReveal, UUID> {

	List<ContactReveal> findByComplaintIdOrderByRevealedAtDesc(UUID complaintId);

}
