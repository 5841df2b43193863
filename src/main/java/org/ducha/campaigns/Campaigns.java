package org.ducha.campaigns;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Campaigns extends CrudRepository<Campaign, UUID> {

	List<Campaign> findAllByOrderByStartDateDesc();

	boolean existsByReceiptRoundAndReceiptUnitLetters(String receiptRound, String receiptUnitLetters);

}
