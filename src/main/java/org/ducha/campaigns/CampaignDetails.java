package org.ducha.campaigns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What other modules and pages know of a campaign.
 *
 * @param id the campaign
 * @param teamName 督察组, e.g. 中央第三生态环境保护督察组
 * @param inspectedRegionCode 被督察对象 as a GB/T 2260 code
 * @param inspectedRegionName the inspected region's name
 * @param period 进驻期间
 * @param hotlinePhone 专门值班电话
 * @param poBox 专门邮政信箱
 * @param hotlineHours 受理时间
 * @param scope 受理范围
 * @param receiptNumberScheme how receipt numbers are made
 * @param reportDueDays days a locality has to report on a transferred case
 * @param createdAt when it was set up
 */
public record CampaignDetails(UUID id, String teamName, String inspectedRegionCode, String inspectedRegionName,
		StationingPeriod period, String hotlinePhone, String poBox, HotlineHours hotlineHours, String scope,
		ReceiptNumberScheme receiptNumberScheme, int reportDueDays, Instant createdAt) {

	/**
	 * Campaigns run on Beijing time: days, hotline hours and receipt-number dates are
	 * read in it.
	 */
	public static final ZoneId CHINA_TIME = ZoneId.of("Asia/Shanghai");

	public ZoneId zone() {
		return CHINA_TIME;
	}

}
