package org.ducha.intake.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ComplaintView;
import org.ducha.intake.IntakeSettings;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

@Controller
class ComplaintPageController {

	private static final String FORM = "complaints/form";

	private static final String DETAIL = "complaints/detail";

	private final ComplaintIntake intake;

	private final ComplaintQueries queries;

	private final ContactVault contacts;

	private final CampaignRegistry campaigns;

	private final IntakeSettings settings;

	private final java.time.Clock clock;

	ComplaintPageController(ComplaintIntake intake, ComplaintQueries queries, ContactVault contacts,
			CampaignRegistry campaigns, IntakeSettings settings, java.time.Clock clock) {
		this.intake = intake;
		this.queries = queries;
		this.contacts = contacts;
		this.campaigns = campaigns;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/campaigns/{campaignId}/complaints/new")
	@PreAuthorize("hasRole('INTAKE_CLERK')")
	String initForm(@PathVariable UUID campaignId, Model model) {
		CampaignDetails campaign = this.campaigns.get(campaignId);
		ComplaintForm form = new ComplaintForm();
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(campaign.zone())).truncatedTo(ChronoUnit.MINUTES);
		if (campaign.period().contains(now.toLocalDate())) {
			form.setReceivedAt(now);
		}
		model.addAttribute("complaintForm", form);
		return showForm(campaign, model);
	}

	@PostMapping("/campaigns/{campaignId}/complaints")
	@PreAuthorize("hasRole('INTAKE_CLERK')")
	String processForm(@PathVariable UUID campaignId, @ModelAttribute ComplaintForm complaintForm, BindingResult result,
			CurrentOfficer officer, Model model, RedirectAttributes redirect) {
		CampaignDetails campaign = this.campaigns.get(campaignId);
		if (result.hasErrors()) {
			return showForm(campaign, model);
		}
		try {
			ComplaintIntake.Registered registered = this.intake.register(campaignId,
					complaintForm.toRegistration(campaign.zone()), officer.username(), null);
			redirect.addFlashAttribute("registered", registered.complaint().receiptNumber());
			return "redirect:/complaints/" + registered.complaint().id();
		}
		catch (RuleViolationException ex) {
			for (FieldViolation violation : ex.violations()) {
				result.rejectValue(ComplaintForm.formField(violation.field()), violation.code(), violation.args(),
						violation.code());
			}
			return showForm(campaign, model);
		}
	}

	@GetMapping("/complaints")
	String list(@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) ProblemType problemType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) String receiptNumber,
			@RequestParam(defaultValue = "0") int page, CurrentOfficer officer, Model model) {
		ComplaintFilter filter = new ComplaintFilter(campaignId, status, channel, problemType, from, to, regionCode,
				receiptNumber);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.queries.search(filter, officer.jurisdiction(), page, 20));
		model.addAttribute("campaigns", this.campaigns.all());
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("problemTypes", ProblemType.values());
		return "complaints/list";
	}

	@GetMapping("/complaints/{id}")
	String detail(@PathVariable UUID id, CurrentOfficer officer, Model model) {
		return showDetail(this.queries.get(id, officer.jurisdiction()), officer, model);
	}

	@PostMapping("/complaints/{id}/screening")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String screen(@PathVariable UUID id, @RequestParam(required = false) ScreeningDecision decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String receivingBody,
			CurrentOfficer officer, Model model) {
		try {
			this.intake.screen(id, decision, reason, receivingBody, officer);
			return "redirect:/complaints/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("screeningErrors", ex.violations());
			return showDetail(this.queries.get(id, officer.jurisdiction()), officer, model);
		}
	}

	@PostMapping("/complaints/{id}/contact-reveals")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'FOLLOWUP_OFFICER')")
	String reveal(@PathVariable UUID id, @RequestParam(required = false) String reason, CurrentOfficer officer,
			Model model) {
		ComplaintView complaint = this.queries.get(id, officer.jurisdiction());
		try {
			model.addAttribute("contact", this.contacts.reveal(id, reason, officer));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("revealErrors", ex.violations());
		}
		return showDetail(complaint, officer, model);
	}

	@GetMapping("/campaigns/{campaignId}/routing-preview")
	String routingPreview(@PathVariable UUID campaignId, @RequestParam(required = false) String location,
			@RequestParam(required = false) String reportedObjectAddress,
			@RequestParam(required = false) String reportedObjectName,
			@RequestParam(required = false) String description, Model model) {
		String text = String.join("\n",
				java.util.stream.Stream.of(location, reportedObjectAddress, reportedObjectName, description)
					.filter((part) -> part != null && !part.isBlank())
					.toList());
		model.addAttribute("preview", this.intake.preview(campaignId, text));
		return "complaints/routing :: preview";
	}

	@PostMapping("/complaints/{id}/region")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String assignRegion(@PathVariable UUID id, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String reason, CurrentOfficer officer, Model model) {
		try {
			this.intake.assignRegion(id, regionCode, reason, officer);
			return "redirect:/complaints/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("regionErrors", ex.violations());
			return showDetail(this.queries.get(id, officer.jurisdiction()), officer, model);
		}
	}

	@GetMapping("/campaigns/{campaignId}/hand-overs")
	String handOvers(@PathVariable UUID campaignId, CurrentOfficer officer, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("groups", this.queries.handOvers(campaignId, officer.jurisdiction()));
		return "complaints/hand-overs";
	}

	private String showForm(CampaignDetails campaign, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("problemTypes", ProblemType.values());
		model.addAttribute("subTypes", this.settings.subTypes());
		return FORM;
	}

	private String showDetail(ComplaintView complaint, CurrentOfficer officer, Model model) {
		model.addAttribute("complaint", complaint);
		model.addAttribute("campaign", this.campaigns.get(complaint.campaignId()));
		boolean mayReveal = this.contacts.mayReveal(officer);
		model.addAttribute("mayReveal", mayReveal && this.contacts.holdsContactOf(complaint.id()));
		model.addAttribute("reveals", (mayReveal || officer.hasAny(Role.TEAM_LEADER, Role.ADMIN))
				? this.contacts.revealsOf(complaint.id()) : List.of());
		model.addAttribute("mayRoute", officer.hasAny(Role.INTAKE_CLERK, Role.TEAM_OFFICER, Role.TEAM_LEADER));
		model.addAttribute("mayScreen", complaint.status() == ComplaintStatus.RECEIVED
				&& officer.hasAny(Role.INTAKE_CLERK, Role.TEAM_OFFICER, Role.TEAM_LEADER));
		return DETAIL;
	}

}
