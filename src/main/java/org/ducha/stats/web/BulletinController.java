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

	BulletinController(Bulletins bulletins, org.ducha.stats.Charts charts) {
		this.bulletins = bulletins;
		this.charts = charts;
	}

	@GetMapping("/api/campaigns/{campaignId}/stats/{chart}")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	org.ducha.stats.Charts.ChartData chart(@PathVariable UUID campaignId, @PathVariable String chart,
			@RequestParam(required = false) String regionCode) {
		return this.charts.chart(campaignId, chart, regionCode);
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
