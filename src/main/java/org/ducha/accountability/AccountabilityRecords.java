package org.ducha.accountability;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountabilityRecords extends CrudRepository<AccountabilityRecord, UUID> {

	List<AccountabilityRecord> findByCampaignIdOrderByDecidedOnDesc(UUID campaignId);

	/**
	 * Form, target type, day of decision and linked cases (as stored) of a campaign's
	 * records, without loading the records.
	 */
	@Query("select r.form, r.targetType, r.decidedOn, r.caseIds from AccountabilityRecord r where r.campaignId = ?1")
	List<Object[]> tallies(UUID campaignId);

}
