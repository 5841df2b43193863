package org.ducha.casework;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One complaint in a transfer batch, with the facts the transfer sheet and notice need
 * (no complainant).
 *
 * @param complaintId the complaint
 * @param receiptNumber 受理编号
 * @param channel how it arrived
 * @param regionCode the county or city it concerns
 * @param problemTypes problem types, comma-separated
 * @param description 交办问题基本情况
 * @param keyCase 重点关注/加星件: goes to the city level
 * @param supervised 督办件
 * @param subType the complaint's sub-type, for department routing
 */
@Embeddable
public record BatchItem(@Column(name = "complaint_id") UUID complaintId,
		@Column(name = "receipt_number") String receiptNumber, @Column(name = "channel") String channel,
		@Column(name = "region_code") String regionCode, @Column(name = "problem_types") String problemTypes,
		@Column(name = "description") String description, @Column(name = "key_case") boolean keyCase,
		@Column(name = "supervised") boolean supervised, @Column(name = "sub_type") String subType) {

	/**
	 * The region whose government receives the case: the county, or for a key case the
	 * city above it.
	 * @return the receiving region's code
	 */
	public String receivingRegionCode() {
		return this.keyCase ? this.regionCode.substring(0, 4) + "00" : this.regionCode;
	}

}
