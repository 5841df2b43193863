package org.ducha.disclosure.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.disclosure.DisclosureDesk;
import org.ducha.disclosure.DisclosureRow;

/**
 * The team's side of disclosure: drafts, corrections, publication, exports.
 */
@RestController
class DisclosureApiController {

	private final DisclosureDesk desk;

	private final MessageSource messages;

	private final CampaignRegistry campaigns;

	DisclosureApiController(DisclosureDesk desk, MessageSource messages, CampaignRegistry campaigns) {
		this.desk = desk;
		this.messages = messages;
		this.campaigns = campaigns;
	}

	@GetMapping("/api/batches/{batchId}/disclosure")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	List<DisclosureRow> ofBatch(@PathVariable UUID batchId) {
		return this.desk.ofBatch(batchId);
	}

	@PutMapping("/api/disclosures/{entryId}")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	DisclosureRow correct(@PathVariable UUID entryId, @RequestBody Correction correction) {
		return this.desk.correct(entryId, correction.summary(), correction.investigation(), correction.targetOutcome(),
				correction.actions(), correction.accountability());
	}

	@PostMapping("/api/batches/{batchId}/disclosure/publish")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	List<DisclosureRow> publish(@PathVariable UUID batchId, @RequestBody(required = false) PublishRequest request,
			CurrentOfficer officer) {
		return this.desk.publish(batchId, (request != null) ? request.regionCode() : null, officer.username());
	}

	@GetMapping("/api/campaigns/{campaignId}/disclosures/{batch}.xlsx")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID campaignId, @PathVariable int batch, Locale locale) {
		return org.ducha.shared.Downloads.attachment(
				this.desk.table(campaignId, batch, locale)
					.xlsx(this.messages.getMessage("disclosure.sheet.name", null, locale)),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "disclosure-" + batch + ".xlsx");
	}

	@GetMapping("/api/campaigns/{campaignId}/disclosures.xlsx")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	ResponseEntity<StreamingResponseBody> campaignXlsx(@PathVariable UUID campaignId,
			@RequestParam(required = false) String regionCode, Locale locale) {
		if (regionCode != null && !org.ducha.shared.RegionCode.isValid(regionCode)) {
			throw new org.ducha.shared.RuleViolationException(
					new org.ducha.shared.FieldViolation("regionCode", "region.code.invalid", regionCode));
		}
		this.campaigns.get(campaignId);
		StreamingResponseBody body = (out) -> this.desk.writeCampaignTable(campaignId, regionCode, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("disclosures.xlsx").build().toString())
			.body(body);
	}

	record Correction(String summary, String investigation, String targetOutcome, String actions,
			String accountability) {

	}

	record PublishRequest(String regionCode) {

	}

}
