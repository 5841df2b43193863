package org.ducha.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a complaint.
 *
 * @param id the attachment
 * @param complaintId its complaint
 * @param filename the name it was uploaded under (cleaned)
 * @param contentType the real type, read from the content
 * @param size bytes as stored (after EXIF removal)
 * @param sha256 checksum of the stored plain content
 * @param hasThumbnail whether a thumbnail exists (images that are not sealed)
 * @param sealed whether it could identify the complainant and is encrypted at rest
 * @param source who attached it
 * @param uploadedBy the officer, or {@code public}
 * @param uploadedAt when
 */
public record AttachmentView(UUID id, UUID complaintId, String filename, String contentType, long size, String sha256,
		boolean hasThumbnail, boolean sealed, AttachmentSource source, String uploadedBy, Instant uploadedAt) {

	public boolean image() {
		return this.contentType.startsWith("image/");
	}

}
