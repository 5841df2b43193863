package org.ducha.stats.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.RuleViolationException;
import org.ducha.shared.TableDocument;
import org.ducha.stats.Bulletins;
import org.ducha.stats.ChartQuery;
import org.ducha.stats.Charts;
import org.ducha.stats.StatsRebuild;

/**
 * 看板: the dashboard page (charts drawn by a static script from the JSON below, each with
 * its table) and each chart's data as JSON and Excel, for signed-in team staff; filtered
 * by period of receipt and region.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
class DashboardController {

	private final Charts charts;

	private final Bulletins bulletins;

	private final CampaignRegistry campaigns;

	private final MessageSource messages;

	private final StatsRebuild rebuild;

	DashboardController(Charts charts, Bulletins bulletins, CampaignRegistry campaigns, MessageSource messages,
			StatsRebuild rebuild) {
		this.charts = charts;
		this.bulletins = bulletins;
		this.campaigns = campaigns;
		this.messages = messages;
		this.rebuild = rebuild;
	}

	/** 重建统计: empties and refills the campaign's read model from the source data. */
	@PostMapping("/campaigns/{campaignId}/dashboard/rebuild")
	@PreAuthorize("hasAnyRole('TEAM_LEADER', 'ADMIN')")
	String rebuild(@PathVariable UUID campaignId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("rebuilt", this.rebuild.rebuild(campaignId));
		return "redirect:/campaigns/" + campaignId + "/dashboard";
	}

	@GetMapping("/campaigns/{campaignId}/dashboard")
	String dashboard(@PathVariable UUID campaignId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String regionCode, Locale locale, Authentication user, Model model) {
		org.ducha.campaigns.CampaignDetails campaign = this.campaigns.get(campaignId);
		model.addAttribute("campaign", campaign);
		// county boundaries of the inspected city, if vendored (tools/maps,
		// docs/stats.md)
		String map = "maps/" + campaign.inspectedRegionCode() + ".json";
		model.addAttribute("mapUrl",
				(campaign.inspectedRegionCode() != null && campaign.inspectedRegionCode().matches("\\d{6}")
						&& new org.springframework.core.io.ClassPathResource("static/" + map).exists()) ? "/" + map
								: null);
		model.addAttribute("canRebuild",
				user.getAuthorities()
					.stream()
					.anyMatch((role) -> Set.of("ROLE_TEAM_LEADER", "ROLE_ADMIN").contains(role.getAuthority())));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("regionCode", regionCode);
		ChartQuery query;
		try {
			query = new ChartQuery(campaignId, from, to, regionCode);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("filterError",
					ex.violations()
						.stream()
						.map((violation) -> this.messages.getMessage(violation.code(), violation.args(), locale))
						.toList());
			query = new ChartQuery(campaignId, null, null, null);
		}
		model.addAttribute("from", query.from());
		model.addAttribute("to", query.to());
		model.addAttribute("regionCode", query.regionCode());
		model.addAttribute("bulletin",
				this.bulletins.of(campaignId, query.from(), query.to(), query.regionCode(), locale));
		List<Map.Entry<String, Charts.ChartData>> all = new ArrayList<>();
		for (String name : this.charts.names()) {
			all.add(Map.entry(name, this.charts.labelled(this.charts.chart(name, query), locale)));
		}
		model.addAttribute("charts", all);
		return "stats/dashboard";
	}

	@GetMapping("/campaigns/{campaignId}/stats/{chart}.json")
	@ResponseBody
	Charts.ChartData json(@PathVariable UUID campaignId, @PathVariable String chart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String regionCode, Locale locale) {
		return this.charts.labelled(this.charts.chart(chart, new ChartQuery(campaignId, from, to, regionCode)), locale);
	}

	@GetMapping("/campaigns/{campaignId}/stats/{chart}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID campaignId, @PathVariable String chart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String regionCode, Locale locale) {
		Charts.ChartData data = this.charts
			.labelled(this.charts.chart(chart, new ChartQuery(campaignId, from, to, regionCode)), locale);
		List<String> headers = new ArrayList<>();
		headers.add(this.messages.getMessage("chart.category", null, locale));
		headers.addAll(data.series().keySet());
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < data.categories().size(); i++) {
			List<String> row = new ArrayList<>();
			row.add(data.categories().get(i));
			for (List<Long> values : data.series().values()) {
				row.add(String.valueOf(values.get(i)));
			}
			rows.add(row);
		}
		List<Integer> widths = headers.stream().map((header) -> 10).toList();
		String title = this.messages.getMessage("chart." + chart, null, locale);
		return org.ducha.shared.Downloads.attachment(new TableDocument(title, headers, widths, rows).xlsx(title),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", chart + ".xlsx");
	}

}
