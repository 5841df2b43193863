package org.ducha.disclosure;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.CrudRepository;

interface DisclosureEntries extends CrudRepository<DisclosureEntry, UUID>, JpaSpecificationExecutor<DisclosureEntry> {

	List<DisclosureEntry> findByBatchIdOrderByReceiptNumber(UUID batchId);

	List<DisclosureEntry> findByCaseIdOrderByCreatedAt(UUID caseId);

}
