package org.ducha.casework;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface CaseEvidences extends CrudRepository<CaseEvidence, UUID> {

	List<CaseEvidence> findByCaseIdOrderByUploadedAt(UUID caseId);

	long countByCaseId(UUID caseId);

}
