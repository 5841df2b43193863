package org.ducha.rectification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskEvidences extends JpaRepository<TaskEvidence, UUID> {

	List<TaskEvidence> findByTaskIdOrderByUploadedAt(UUID taskId);

	List<TaskEvidence> findBySha256In(Collection<String> checksums);

	long countByTaskIdAndStage(UUID taskId, EvidenceStage stage);

}
