package org.ducha.intake;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.regions.Region;
import org.ducha.regions.RegionLevel;
import org.ducha.regions.Regions;
import org.ducha.regions.Resolution;
import org.ducha.shared.RegionCode;

/**
 * 对号入座: reads the place of a complaint from its location, the reported object's address
 * and name, and the description, in the context of the campaign's inspected region, and
 * suggests the county.
 */
@Component
class Routes {

	/** Below this the suggestion is shown but not used. */
	static final double CONFIDENT = 0.6;

	private final Regions regions;

	Routes(Regions regions) {
		this.regions = regions;
	}

	RegionSuggestion suggest(ComplaintRegistration registration, CampaignDetails campaign) {
		String text = Stream
			.of(registration.location(), registration.reportedObject().address(), registration.reportedObject().name(),
					registration.description())
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining("\n"));
		return suggest(text, campaign.inspectedRegionCode());
	}

	RegionSuggestion suggest(String text, String within) {
		Resolution resolution = this.regions.resolve(text, within);
		if (!resolution.isResolved()) {
			return new RegionSuggestion(null, resolution.confidence(), resolution.matched());
		}
		Optional<Region> county = this.regions.countyOf(resolution.code());
		boolean deepEnough = resolution.level() == RegionLevel.COUNTY || resolution.level() == RegionLevel.TOWNSHIP;
		return new RegionSuggestion((deepEnough && county.isPresent()) ? county.get().code() : null,
				resolution.confidence(), resolution.matched());
	}

	boolean isKnown(String regionCode) {
		return RegionCode.isValid(regionCode) && this.regions.find(regionCode).isPresent();
	}

	static boolean outside(String regionCode, CampaignDetails campaign) {
		return regionCode != null && RegionCode.isValid(campaign.inspectedRegionCode())
				&& !new RegionCode(campaign.inspectedRegionCode()).contains(new RegionCode(regionCode));
	}

}
