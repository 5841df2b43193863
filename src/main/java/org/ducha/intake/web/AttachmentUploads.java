package org.ducha.intake.web;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import org.ducha.intake.ComplaintAttachments;
import org.ducha.shared.Downloads;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

/**
 * From multipart files to uploads, and from attachments to downloads.
 */
final class AttachmentUploads {

	private AttachmentUploads() {
	}

	static ComplaintAttachments.Upload of(MultipartFile file, String field) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new RuleViolationException(new FieldViolation(field, "attachment.empty"));
		}
		return new ComplaintAttachments.Upload(file.getOriginalFilename(), file.getBytes());
	}

	static ResponseEntity<byte[]> file(ComplaintAttachments.Download download) {
		return Downloads.attachment(download.content(), download.attachment().contentType(),
				download.attachment().filename());
	}

}
