package org.ducha.stats.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.stats.Bulletin;
import org.ducha.stats.Bulletins;

@RestController
class BulletinController {

	private final Bulletins bulletins;

	private final org.ducha.stats.Charts charts;

	private final org.ducha.stats.StatsRebuild rebuild;

	BulletinController(Bulletins bulletins, org.ducha.stats.Charts charts, org.ducha.stats.StatsRebuild rebuild) {
		this.bulletins = bulletins;
		this.charts = charts;
		this.rebuild = rebuild;
	}

	@GetMapping("/api/campaigns/{campaignId}/stats/{chart}")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	org.ducha.stats.Charts.ChartData chart(@PathVariable UUID campaignId, @PathVariable String chart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String regionCode) {
		return this.charts.chart(chart, new org.ducha.stats.ChartQuery(campaignId, from, to, regionCode));
	}

	/** 重建统计: the campaign's read model emptied and refilled from the source data. */
	@org.springframework.web.bind.annotation.PostMapping("/api/campaigns/{campaignId}/stats/rebuild")
	@PreAuthorize("hasAnyRole('TEAM_LEADER', 'ADMIN')")
	java.util.Map<String, Integer> rebuild(@PathVariable UUID campaignId) {
		return java.util.Map.of("complaints", this.rebuild.rebuild(campaignId));
	}

	@GetMapping("/api/campaigns/{campaignId}/bulletin")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	Bulletin bulletin(@PathVariable UUID campaignId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String regionCode, Locale locale) {
		return this.bulletins.of(campaignId, from, to, regionCode, locale);
	}

}
