package org.ducha.campaigns;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo campaign: the 2016 stay in 临汾, as announced. Only in the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(1)
class DemoCampaign implements ApplicationRunner {

	static final String TEAM = "山西省环境保护督察组";

	private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

	private final CampaignRegistry registry;

	DemoCampaign(CampaignRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void run(ApplicationArguments args) {
		CampaignDetails campaign = this.registry.all()
			.stream()
			.filter((existing) -> existing.teamName().equals(TEAM))
			.findFirst()
			.orElseGet(() -> this.registry.open(new CampaignDraft(TEAM, "141000", "临汾市", LocalDate.of(2016, 11, 23),
					LocalDate.of(2016, 12, 23), "0357-2069124", "山西省临汾市12369信箱", "8:00-20:00", null, "1", "SX", 7),
					"demo"));
		log.info("\n\n  Ducha demo campaign: {} · {} · {}..{} · hotline {} ({}) · {}\n  Notice: /campaigns/{}/notice\n",
				campaign.teamName(), campaign.inspectedRegionName(), campaign.period().start(), campaign.period().end(),
				campaign.hotlinePhone(), campaign.hotlineHours(), campaign.poBox(), campaign.id());
	}

}
