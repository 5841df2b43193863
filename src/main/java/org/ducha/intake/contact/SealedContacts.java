package org.ducha.intake.contact;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface SealedContacts extends CrudRepository<SealedContact, UUID> {

}
