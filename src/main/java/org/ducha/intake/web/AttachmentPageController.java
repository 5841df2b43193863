package org.ducha.intake.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.intake.ComplaintAttachments;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.RuleViolationException;

/**
 * The attachments panel of the complaint page (loaded by htmx), upload, download,
 * thumbnails, and the recorded opening of a sealed file.
 */
@Controller
class AttachmentPageController {

	private final ComplaintAttachments attachments;

	private final ContactVault contacts;

	AttachmentPageController(ComplaintAttachments attachments, ContactVault contacts) {
		this.attachments = attachments;
		this.contacts = contacts;
	}

	@GetMapping("/complaints/{id}/attachments")
	String panel(@PathVariable UUID id, CurrentOfficer officer, Model model) {
		model.addAttribute("complaintId", id);
		model.addAttribute("attachments", this.attachments.of(id, officer));
		model.addAttribute("mayAttach", officer.hasAny(Role.INTAKE_CLERK, Role.TEAM_OFFICER, Role.TEAM_LEADER));
		model.addAttribute("mayOpenSealed", this.contacts.mayReveal(officer));
		return "complaints/attachments :: panel";
	}

	@PostMapping("/complaints/{id}/attachments")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean identifying, CurrentOfficer officer,
			RedirectAttributes redirect) throws IOException {
		try {
			this.attachments.attach(id, AttachmentUploads.of(file, "file"), identifying, officer);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("attachmentErrors", ex.violations());
		}
		return "redirect:/complaints/" + id + "#attachments";
	}

	@GetMapping("/complaints/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId, CurrentOfficer officer) {
		return AttachmentUploads.file(this.attachments.download(id, attachmentId, officer));
	}

	@GetMapping("/complaints/{id}/attachments/{attachmentId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable UUID attachmentId, CurrentOfficer officer) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.body(this.attachments.thumbnail(id, attachmentId, officer));
	}

	@PostMapping("/complaints/{id}/attachments/{attachmentId}/reveal")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'FOLLOWUP_OFFICER')")
	Object reveal(@PathVariable UUID id, @PathVariable UUID attachmentId, @RequestParam(required = false) String reason,
			CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			return AttachmentUploads.file(this.attachments.reveal(id, attachmentId, reason, officer));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("attachmentErrors", ex.violations());
			return "redirect:/complaints/" + id + "#attachments";
		}
	}

}
