package org.ducha.disclosure.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.Closure;
import org.ducha.disclosure.DisclosureDesk;
import org.ducha.disclosure.DisclosureRow;
import org.ducha.disclosure.PublicTracking;
import org.ducha.intake.AttachmentSettings;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintAttachments;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.shared.RuleViolationException;

/**
 * The public portal (no sign-in, works on a phone): the campaign's notice and how to
 * complain, the online form, tracking, the published tables.
 */
@Controller
class PublicPortalController {

	private final CampaignRegistry campaigns;

	private final ComplaintIntake intake;

	private final PublicTracking tracking;

	private final DisclosureDesk disclosures;

	private final org.ducha.stats.Bulletins bulletins;

	private final ComplaintAttachments attachments;

	private final AttachmentSettings photoLimits;

	PublicPortalController(CampaignRegistry campaigns, ComplaintIntake intake, PublicTracking tracking,
			DisclosureDesk disclosures, org.ducha.stats.Bulletins bulletins, ComplaintAttachments attachments,
			AttachmentSettings photoLimits) {
		this.attachments = attachments;
		this.photoLimits = photoLimits;
		this.bulletins = bulletins;
		this.campaigns = campaigns;
		this.intake = intake;
		this.tracking = tracking;
		this.disclosures = disclosures;
	}

	@GetMapping("/public")
	String index(Model model) {
		model.addAttribute("campaigns", this.campaigns.all());
		return "public/index";
	}

	@GetMapping("/public/campaigns/{campaignId}")
	String portal(@PathVariable UUID campaignId, @RequestParam(required = false) Integer batch,
			@RequestParam(required = false) String region, @RequestParam(required = false) String type,
			@RequestParam(required = false) String q, java.util.Locale locale, Model model) {
		CampaignDetails campaign = this.campaigns.get(campaignId);
		model.addAttribute("bulletin", this.bulletins.of(campaignId, null, null, null, locale).text());
		List<DisclosureRow> all = this.disclosures.published(campaignId, null, null, null, null);
		model.addAttribute("campaign", campaign);
		model.addAttribute("rows", this.disclosures.published(campaignId, batch, region, type, q));
		model.addAttribute("batchNumbers", all.stream().map(DisclosureRow::batchNumber).distinct().sorted().toList());
		model.addAttribute("problemTypes", ProblemType.values());
		model.addAttribute("filter", new Filter(batch, region, type, q));
		model.addAttribute("published", all.size());
		model.addAttribute("closed", all.stream().filter((row) -> row.closure() == Closure.CLOSED).count());
		model.addAttribute("partlyClosed",
				all.stream().filter((row) -> row.closure() == Closure.PARTLY_CLOSED).count());
		model.addAttribute("open", all.stream().filter((row) -> row.closure() == Closure.OPEN).count());
		return "public/portal";
	}

	@GetMapping("/public/campaigns/{campaignId}/complain")
	String form(@PathVariable UUID campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("problemTypes", ProblemType.values());
		model.addAttribute("photoLimits", this.photoLimits);
		return "public/complain";
	}

	@PostMapping("/public/campaigns/{campaignId}/complaints")
	String file(@PathVariable UUID campaignId, @RequestParam(required = false) String description,
			@RequestParam(required = false) String location, @RequestParam(required = false) String reportedObject,
			@RequestParam(required = false) List<ProblemType> problemTypes, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model)
			throws IOException {
		ComplainantDetails complainant = anonymous ? ComplainantDetails.ANONYMOUS
				: new ComplainantDetails(name, phone, null, false, true);
		ComplaintRegistration registration = new ComplaintRegistration(null, null, null, null,
				new ReportedObject(reportedObject, null), location, description, problemTypes, null, null, null, null,
				complainant);
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		try {
			List<ComplaintAttachments.Checked> checked = this.attachments.checkPublic(uploads(photos));
			ComplaintIntake.OnlineReceipt receipt = this.intake.registerOnline(campaignId, registration);
			this.attachments.attachPublic(receipt.complaintId(), checked);
			model.addAttribute("receipt", receipt);
			return "public/receipt";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errors", ex.violations());
			model.addAttribute("photoLimits", this.photoLimits);
			model.addAttribute("problemTypes", ProblemType.values());
			model.addAttribute("entered", new Entered(description, location, reportedObject, name, phone, anonymous));
			return "public/complain";
		}
	}

	@GetMapping("/public/track")
	String track(@RequestParam(required = false) String receiptNumber, @RequestParam(required = false) String code,
			Model model) {
		if (receiptNumber != null || code != null) {
			model.addAttribute("asked", true);
			model.addAttribute("tracked", this.tracking.track(receiptNumber, code).orElse(null));
		}
		model.addAttribute("receiptNumber", receiptNumber);
		return "public/track";
	}

	private static List<ComplaintAttachments.Upload> uploads(List<MultipartFile> photos) throws IOException {
		List<ComplaintAttachments.Upload> uploads = new ArrayList<>();
		for (MultipartFile photo : (photos != null) ? photos : List.<MultipartFile>of()) {
			if (photo != null && !photo.isEmpty()) {
				uploads.add(new ComplaintAttachments.Upload(photo.getOriginalFilename(), photo.getBytes()));
			}
		}
		return uploads;
	}

	record Filter(Integer batch, String region, String type, String q) {

	}

	record Entered(String description, String location, String reportedObject, String name, String phone,
			boolean anonymous) {

		@Override
		public String toString() {
			return "Entered[sealed]";
		}

	}

}
