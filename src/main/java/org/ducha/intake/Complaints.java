package org.ducha.intake;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.CrudRepository;

interface Complaints extends CrudRepository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

}
