package org.ducha.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A transfer batch.
 *
 * @param id the batch
 * @param campaignId its campaign
 * @param number 第N批
 * @param status draft or transferred
 * @param caseCount how many complaints
 * @param items the complaints
 * @param createdAt composed when
 * @param createdBy composed by
 * @param transferredAt transferred when
 * @param transferredOn the day of transfer (Beijing)
 */
public record BatchView(UUID id, UUID campaignId, int number, BatchStatus status, int caseCount, List<BatchItem> items,
		Instant createdAt, String createdBy, Instant transferredAt, LocalDate transferredOn) {

}
