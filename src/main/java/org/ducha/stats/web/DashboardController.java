package org.ducha.stats.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.TableDocument;
import org.ducha.stats.Bulletins;
import org.ducha.stats.Charts;

/**
 * 看板: the dashboard page (charts drawn by a static script from the JSON below, each with
 * its table) and each chart's data as JSON and Excel, for signed-in team staff.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
class DashboardController {

	private final Charts charts;

	private final Bulletins bulletins;

	private final CampaignRegistry campaigns;

	private final MessageSource messages;

	DashboardController(Charts charts, Bulletins bulletins, CampaignRegistry campaigns, MessageSource messages) {
		this.charts = charts;
		this.bulletins = bulletins;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@GetMapping("/campaigns/{campaignId}/dashboard")
	String dashboard(@PathVariable UUID campaignId, @RequestParam(required = false) String regionCode, Locale locale,
			Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("regionCode", regionCode);
		model.addAttribute("bulletin", this.bulletins.of(campaignId, null, null, regionCode, locale));
		List<Map.Entry<String, Charts.ChartData>> all = new ArrayList<>();
		for (String name : Charts.NAMES) {
			all.add(Map.entry(name, this.charts.labelled(this.charts.chart(campaignId, name, regionCode), locale)));
		}
		model.addAttribute("charts", all);
		return "stats/dashboard";
	}

	@GetMapping("/campaigns/{campaignId}/stats/{chart}.json")
	@ResponseBody
	Charts.ChartData json(@PathVariable UUID campaignId, @PathVariable String chart,
			@RequestParam(required = false) String regionCode, Locale locale) {
		return this.charts.labelled(this.charts.chart(campaignId, chart, regionCode), locale);
	}

	@GetMapping("/campaigns/{campaignId}/stats/{chart}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID campaignId, @PathVariable String chart,
			@RequestParam(required = false) String regionCode, Locale locale) {
		Charts.ChartData data = this.charts.labelled(this.charts.chart(campaignId, chart, regionCode), locale);
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
