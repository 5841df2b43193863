package org.ducha.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.ConflictException;

/**
 * 第N批交办: the day's batch of accepted complaints for the localities.
 */
@Entity
@Table(name = "transfer_batch")
class TransferBatch {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BatchStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "transferred_at")
	private Instant transferredAt;

	@Column(name = "transferred_on")
	private LocalDate transferredOn;

	@Column(name = "transferred_by")
	private String transferredBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "transfer_batch_item", joinColumns = @JoinColumn(name = "batch_id"))
	@OrderColumn(name = "position")
	private List<BatchItem> items = new ArrayList<>();

	@Version
	private Integer version;

	protected TransferBatch() {
	}

	TransferBatch(UUID campaignId, int number, List<BatchItem> items, String actor, Instant now) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.number = number;
		this.status = BatchStatus.DRAFT;
		this.items.addAll(items);
		this.createdAt = now;
		this.createdBy = actor;
	}

	void markTransferred(String actor, Instant now, LocalDate today) {
		if (this.status != BatchStatus.DRAFT) {
			throw new ConflictException("batch.alreadyTransferred", this.number);
		}
		this.status = BatchStatus.TRANSFERRED;
		this.transferredAt = now;
		this.transferredOn = today;
		this.transferredBy = actor;
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	int number() {
		return this.number;
	}

	BatchStatus status() {
		return this.status;
	}

	List<BatchItem> items() {
		return List.copyOf(this.items);
	}

	BatchView view() {
		return new BatchView(this.id, this.campaignId, this.number, this.status, this.items.size(),
				List.copyOf(this.items), this.createdAt, this.createdBy, this.transferredAt, this.transferredOn);
	}

}
