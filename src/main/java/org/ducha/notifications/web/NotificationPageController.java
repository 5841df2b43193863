package org.ducha.notifications.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.notifications.NoticeKind;
import org.ducha.notifications.NoticeSwitches;
import org.ducha.notifications.NotificationInbox;
import org.ducha.notifications.OfficerAddresses;
import org.ducha.notifications.Outbox;
import org.ducha.notifications.OutboxStatus;
import org.ducha.shared.ConflictException;
import org.ducha.shared.RuleViolationException;

/**
 * 我的通知 (every officer) and the outbox view (admins).
 */
@Controller
class NotificationPageController {

	private final NotificationInbox inbox;

	private final OfficerAddresses addresses;

	private final Outbox outbox;

	private final NoticeSwitches switches;

	private final CampaignRegistry campaigns;

	NotificationPageController(NotificationInbox inbox, OfficerAddresses addresses, Outbox outbox,
			NoticeSwitches switches, CampaignRegistry campaigns) {
		this.switches = switches;
		this.campaigns = campaigns;
		this.inbox = inbox;
		this.addresses = addresses;
		this.outbox = outbox;
	}

	@GetMapping("/notifications")
	String inbox(CurrentOfficer officer, Locale locale, Model model) {
		model.addAttribute("entries", this.inbox.of(officer.username(), locale, 200));
		model.addAttribute("addresses", this.addresses.of(officer.username()));
		return "notifications/inbox";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id, CurrentOfficer officer) {
		this.inbox.markRead(id, officer.username());
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll(CurrentOfficer officer) {
		this.inbox.markAllRead(officer.username());
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/addresses")
	String addresses(@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			this.addresses.set(officer.username(), email, phone);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
		}
		return "redirect:/notifications";
	}

	@GetMapping("/admin/outbox")
	@PreAuthorize("hasRole('ADMIN')")
	String outbox(@RequestParam(required = false) OutboxStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", OutboxStatus.values());
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("messages", this.outbox.list(status, 200));
		model.addAttribute("campaigns", this.campaigns.all());
		return "notifications/outbox";
	}

	@GetMapping("/campaigns/{campaignId}/notice-switches")
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	String switches(@PathVariable UUID campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("switches", this.switches.of(campaignId));
		return "notifications/switches";
	}

	@PostMapping("/campaigns/{campaignId}/notice-switches/{kind}")
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	String setSwitch(@PathVariable UUID campaignId, @PathVariable NoticeKind kind,
			@RequestParam(defaultValue = "false") boolean on, CurrentOfficer officer) {
		this.campaigns.get(campaignId);
		this.switches.set(campaignId, kind, on, officer.username());
		return "redirect:/campaigns/" + campaignId + "/notice-switches";
	}

	@PostMapping("/admin/outbox/{id}/retry")
	@PreAuthorize("hasRole('ADMIN')")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.outbox.retry(id);
			redirect.addFlashAttribute("retried", true);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/admin/outbox?status=FAILED";
	}

}
