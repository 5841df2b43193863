package org.ducha.disclosure.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ducha.disclosure.DisclosureDesk;
import org.ducha.disclosure.PublicTracking;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.shared.Downloads;
import org.ducha.shared.NotFoundException;

/**
 * The public API: no sign-in, rate-limited (see {@code PublicRateLimits}).
 */
@RestController
class PublicApiController {

	private final ComplaintIntake intake;

	private final PublicTracking tracking;

	private final DisclosureDesk disclosures;

	private final MessageSource messages;

	PublicApiController(ComplaintIntake intake, PublicTracking tracking, DisclosureDesk disclosures,
			MessageSource messages) {
		this.intake = intake;
		this.tracking = tracking;
		this.disclosures = disclosures;
		this.messages = messages;
	}

	@PostMapping("/public/api/campaigns/{campaignId}/complaints")
	ResponseEntity<Receipt> file(@PathVariable UUID campaignId, @RequestBody PublicComplaint complaint) {
		ComplaintIntake.OnlineReceipt receipt = this.intake.registerOnline(campaignId, complaint.toRegistration());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Receipt(receipt.receiptNumber(), receipt.queryCode()));
	}

	@GetMapping("/public/api/track")
	PublicTracking.TrackedComplaint track(@RequestParam(required = false) String receiptNumber,
			@RequestParam(required = false) String code) {
		return this.tracking.track(receiptNumber, code).orElseThrow(() -> new NotFoundException("track.notFound"));
	}

	@GetMapping("/public/api/campaigns/{campaignId}/disclosures")
	List<PublicRow> disclosures(@PathVariable UUID campaignId, @RequestParam(required = false) Integer batch,
			@RequestParam(required = false) String region, @RequestParam(required = false) String type,
			@RequestParam(required = false) String q) {
		return this.disclosures.published(campaignId, batch, region, type, q).stream().map(PublicRow::of).toList();
	}

	@GetMapping("/public/api/campaigns/{campaignId}/disclosures/{batch}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID campaignId, @PathVariable int batch, Locale locale) {
		return Downloads.attachment(
				this.disclosures.table(campaignId, batch, locale)
					.xlsx(this.messages.getMessage("disclosure.sheet.name", null, locale)),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "disclosure-" + batch + ".xlsx");
	}

	@GetMapping("/public/api/campaigns/{campaignId}/disclosures/{batch}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID campaignId, @PathVariable int batch, Locale locale) {
		return Downloads.attachment(this.disclosures.table(campaignId, batch, locale).pdf(), "application/pdf",
				"disclosure-" + batch + ".pdf");
	}

	record Receipt(String receiptNumber, String queryCode) {

	}

	record PublicComplaint(ReportedObject reportedObject, String location, String description,
			List<ProblemType> problemTypes, String wishes, ComplainantDetails complainant) {

		ComplaintRegistration toRegistration() {
			return new ComplaintRegistration(null, null, null, null, this.reportedObject, this.location,
					this.description, this.problemTypes, null, this.wishes, null, null, this.complainant);
		}

	}

}
