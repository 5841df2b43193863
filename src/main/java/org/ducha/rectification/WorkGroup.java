package org.ducha.rectification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 专项工作组 (e.g. 矿权清理, 小水电清理, 自然保护地) owning a subset of the tasks.
 */
@Entity
@Table(name = "rectification_work_group")
class WorkGroup {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(nullable = false)
	private String name;

	private String leader;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected WorkGroup() {
	}

	WorkGroup(UUID campaignId, String name, String leader, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.name = name;
		this.leader = leader;
		this.createdAt = createdAt;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	WorkGroupView view() {
		return new WorkGroupView(this.id, this.campaignId, this.name, this.leader);
	}

}
