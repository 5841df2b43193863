package org.ducha.intake;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Attachments extends CrudRepository<ComplaintAttachment, UUID> {

	List<ComplaintAttachment> findByComplaintIdOrderByUploadedAt(UUID complaintId);

	long countByComplaintId(UUID complaintId);

	List<ComplaintAttachment> findBySealedTrue();

}
