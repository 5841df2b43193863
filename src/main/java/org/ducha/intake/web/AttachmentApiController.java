package org.ducha.intake.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.intake.AttachmentView;
import org.ducha.intake.ComplaintAttachments;

/**
 * Files of a complaint: upload (multipart field {@code file}, optional
 * {@code identifying=true} to seal it), list, download, thumbnail, and the recorded
 * opening of a sealed file.
 */
@RestController
class AttachmentApiController {

	private final ComplaintAttachments attachments;

	AttachmentApiController(ComplaintAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/complaints/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
	ResponseEntity<AttachmentView> attach(@PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean identifying, CurrentOfficer officer) throws IOException {
		AttachmentView attached = this.attachments.attach(id, AttachmentUploads.of(file, "file"), identifying, officer);
		return ResponseEntity.created(URI.create("/api/complaints/" + id + "/attachments/" + attached.id()))
			.body(attached);
	}

	@GetMapping("/api/complaints/{id}/attachments")
	List<AttachmentView> list(@PathVariable UUID id, CurrentOfficer officer) {
		return this.attachments.of(id, officer);
	}

	@GetMapping("/api/complaints/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId, CurrentOfficer officer) {
		return AttachmentUploads.file(this.attachments.download(id, attachmentId, officer));
	}

	@GetMapping("/api/complaints/{id}/attachments/{attachmentId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable UUID attachmentId, CurrentOfficer officer) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.body(this.attachments.thumbnail(id, attachmentId, officer));
	}

	@PostMapping("/api/complaints/{id}/attachments/{attachmentId}/reveal")
	@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'FOLLOWUP_OFFICER')")
	ResponseEntity<byte[]> reveal(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@RequestBody RevealRequest request, CurrentOfficer officer) {
		return AttachmentUploads.file(this.attachments.reveal(id, attachmentId, request.reason(), officer));
	}

	record RevealRequest(String reason) {

	}

}
