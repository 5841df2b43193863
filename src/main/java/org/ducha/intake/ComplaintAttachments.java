package org.ducha.intake;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.FileStore;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * 信访件附件: scanned letters, photos, videos and call recordings of a complaint. The real
 * type is read from the content (Apache Tika), never from the name; only a few known
 * kinds are kept (an executable named {@code .jpg} is refused). Images lose their EXIF
 * and XMP metadata (GPS position, camera) before they are stored and get a thumbnail. A
 * file marked as identifying the complainant is sealed like the contact and opened only
 * by intake clerks and follow-up officers on a recorded reason; every other role gets
 * only its name.
 */
@Service
public class ComplaintAttachments {

	static final Set<String> OFFICER_TYPES = Set.of("image/jpeg", "image/png", "application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "audio/mpeg", "audio/vnd.wave",
			"audio/x-wav", "audio/wav", "audio/mp4", "audio/amr", "video/mp4", "video/quicktime");

	static final Set<String> PUBLIC_TYPES = Set.of("image/jpeg", "image/png");

	private final Complaints complaints;

	private final Attachments attachments;

	private final FileStore files;

	private final ContactVault vault;

	private final AttachmentSettings settings;

	private final Clock clock;

	private final Tika tika = new Tika();

	ComplaintAttachments(Complaints complaints, Attachments attachments, FileStore files, ContactVault vault,
			AttachmentSettings settings, Clock clock) {
		this.complaints = complaints;
		this.attachments = attachments;
		this.files = files;
		this.vault = vault;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * An officer attaches a file to a complaint.
	 * @param complaintId the complaint
	 * @param upload the file
	 * @param identifying whether it could identify the complainant (sealed; recordings
	 * always are)
	 * @param officer an intake clerk or team officer/leader who may see the complaint
	 * @return the attachment
	 * @throws RuleViolationException on field {@code file}: empty, too large, too many,
	 * or a type that is not accepted
	 */
	@Transactional
	public AttachmentView attach(UUID complaintId, Upload upload, boolean identifying, CurrentOfficer officer) {
		if (!officer.hasAny(Role.INTAKE_CLERK, Role.TEAM_OFFICER, Role.TEAM_LEADER)) {
			throw new AccessDeniedException("Not permitted");
		}
		visible(complaintId, officer);
		if (this.attachments.countByComplaintId(complaintId) >= this.settings.maxPerComplaint()) {
			throw new RuleViolationException(
					new FieldViolation("file", "attachment.tooMany", this.settings.maxPerComplaint()));
		}
		Checked checked = check("file", upload, this.settings.maxBytes(), OFFICER_TYPES);
		// a call recording carries the complainant's voice: always sealed
		boolean sealed = identifying || checked.contentType().startsWith("audio/");
		return save(complaintId, checked, sealed, AttachmentSource.OFFICER, officer.username());
	}

	/**
	 * Checks the photos of a public online complaint before it is registered: count, size
	 * and type (JPEG or PNG only), and takes their metadata out.
	 * @param uploads the photos (empty files are ignored)
	 * @return the checked photos, for {@link #attachPublic(UUID, List)}
	 * @throws RuleViolationException on field {@code photos}
	 */
	public List<Checked> checkPublic(List<Upload> uploads) {
		List<Upload> given = uploads.stream().filter((upload) -> upload.content().length > 0).toList();
		if (given.size() > this.settings.publicMaxCount()) {
			throw new RuleViolationException(
					new FieldViolation("photos", "attachment.tooMany", this.settings.publicMaxCount()));
		}
		List<Checked> checked = new ArrayList<>();
		for (Upload upload : given) {
			checked.add(check("photos", upload, this.settings.publicMaxBytes(), PUBLIC_TYPES));
		}
		return checked;
	}

	/**
	 * Stores checked public photos with a registered online complaint.
	 * @param complaintId the complaint
	 * @param photos the photos from {@link #checkPublic(List)}
	 * @return the attachments
	 */
	@Transactional
	public List<AttachmentView> attachPublic(UUID complaintId, List<Checked> photos) {
		return photos.stream()
			.map((photo) -> save(complaintId, photo, false, AttachmentSource.PUBLIC, ComplaintIntake.PUBLIC))
			.toList();
	}

	/**
	 * The files of a complaint the officer may see.
	 * @param complaintId the complaint
	 * @param officer who asks
	 * @return oldest first
	 */
	@Transactional(readOnly = true)
	public List<AttachmentView> of(UUID complaintId, CurrentOfficer officer) {
		visible(complaintId, officer);
		return this.attachments.findByComplaintIdOrderByUploadedAt(complaintId)
			.stream()
			.map(ComplaintAttachment::view)
			.toList();
	}

	/**
	 * The bytes of an attachment that is not sealed.
	 * @param complaintId the complaint
	 * @param attachmentId the attachment
	 * @param officer who asks
	 * @return the file
	 * @throws AccessDeniedException for a sealed file (use
	 * {@link #reveal(UUID, UUID, String, CurrentOfficer)})
	 */
	@Transactional(readOnly = true)
	public Download download(UUID complaintId, UUID attachmentId, CurrentOfficer officer) {
		ComplaintAttachment attachment = find(complaintId, attachmentId, officer);
		if (attachment.view().sealed()) {
			throw new AccessDeniedException("Sealed attachment");
		}
		return new Download(attachment.view(), this.files.read(attachment.storageKey()));
	}

	/**
	 * The thumbnail of an image that is not sealed.
	 * @param complaintId the complaint
	 * @param attachmentId the attachment
	 * @param officer who asks
	 * @return a JPEG
	 */
	@Transactional(readOnly = true)
	public byte[] thumbnail(UUID complaintId, UUID attachmentId, CurrentOfficer officer) {
		ComplaintAttachment attachment = find(complaintId, attachmentId, officer);
		if (attachment.thumbnailKey() == null) {
			throw new NotFoundException("attachment.notFound", attachmentId);
		}
		return this.files.read(attachment.thumbnailKey());
	}

	/**
	 * Opens a sealed attachment for an intake clerk or follow-up officer, recorded with
	 * the reason like a contact reveal.
	 * @param complaintId the complaint
	 * @param attachmentId the attachment
	 * @param reason why (5–500 characters)
	 * @param officer who asks
	 * @return the file
	 */
	@Transactional
	public Download reveal(UUID complaintId, UUID attachmentId, String reason, CurrentOfficer officer) {
		ComplaintAttachment attachment = find(complaintId, attachmentId, officer);
		byte[] stored = this.files.read(attachment.storageKey());
		byte[] content = attachment.view().sealed()
				? this.vault.openFile(complaintId, attachmentId, stored, reason, officer) : stored;
		return new Download(attachment.view(), content);
	}

	/**
	 * Re-seals up to {@code size} sealed files still under an older contact key with the
	 * current key, in one transaction: for each, the new bytes are stored as a new file,
	 * the attachment points at it, and the old file is deleted once that is committed (a
	 * stop in between leaves the old file unused, never the attachment without its file).
	 * @param size the batch size
	 * @return how many files were re-sealed
	 */
	@Transactional
	public int resealFiles(int size) {
		int done = 0;
		for (ComplaintAttachment attachment : this.attachments.findBySealedTrue()) {
			if (done == size) {
				break;
			}
			String old = attachment.storageKey();
			java.util.Optional<byte[]> resealed = this.vault.resealFile(attachment.complaintId(), attachment.id(),
					this.files.read(old));
			if (resealed.isEmpty()) {
				continue;
			}
			attachment.movedTo(this.files.store(new ByteArrayInputStream(resealed.get())).key());
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						ComplaintAttachments.this.files.delete(old);
					}
				});
			done++;
		}
		return done;
	}

	private AttachmentView save(UUID complaintId, Checked checked, boolean identifying, AttachmentSource source,
			String actor) {
		UUID id = UUID.randomUUID();
		byte[] stored = identifying ? this.vault.sealFile(complaintId, id, checked.content()) : checked.content();
		FileStore.Stored file = this.files.store(new ByteArrayInputStream(stored));
		String thumbnail = null;
		if (!identifying && checked.contentType().startsWith("image/")) {
			thumbnail = this.files.store(new ByteArrayInputStream(ImageCleaner.thumbnail(checked.content()))).key();
		}
		return this.attachments
			.save(new ComplaintAttachment(id, complaintId, checked.filename(), checked.contentType(),
					checked.content().length, sha256(checked.content()), file.key(), thumbnail, identifying, source,
					actor, this.clock.instant()))
			.view();
	}

	private Checked check(String field, Upload upload, long maxBytes, Set<String> allowed) {
		if (upload == null || upload.content().length == 0) {
			throw new RuleViolationException(new FieldViolation(field, "attachment.empty"));
		}
		if (upload.content().length > maxBytes) {
			throw new RuleViolationException(new FieldViolation(field, "attachment.tooLarge", maxBytes / 1048576));
		}
		String name = clean(upload.filename());
		String type = this.tika.detect(upload.content(), name);
		if (!allowed.contains(type)) {
			throw new RuleViolationException(new FieldViolation(field, "attachment.type", type));
		}
		try {
			byte[] content = type.startsWith("image/") ? ImageCleaner.strip(upload.content(), type) : upload.content();
			return new Checked(name, type, content);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException(new FieldViolation(field, "attachment.unreadable"));
		}
	}

	private void visible(UUID complaintId, CurrentOfficer officer) {
		this.complaints.findById(complaintId)
			.filter((complaint) -> officer.jurisdiction().covers(complaint.regionCode()))
			.orElseThrow(() -> new ComplaintNotFound(complaintId));
	}

	private ComplaintAttachment find(UUID complaintId, UUID attachmentId, CurrentOfficer officer) {
		visible(complaintId, officer);
		return this.attachments.findById(attachmentId)
			.filter((attachment) -> attachment.view().complaintId().equals(complaintId))
			.orElseThrow(() -> new NotFoundException("attachment.notFound", attachmentId));
	}

	static String clean(String filename) {
		String name = (filename == null) ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "attachment";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A file as uploaded.
	 *
	 * @param filename the client's name for it (display only)
	 * @param content the bytes
	 */
	public record Upload(String filename, byte[] content) {

		@Override
		public String toString() {
			return "Upload[" + this.content.length + " bytes]";
		}

	}

	/**
	 * A file that passed the checks, its metadata taken out.
	 *
	 * @param filename the cleaned name
	 * @param contentType the real type
	 * @param content the bytes to store
	 */
	public record Checked(String filename, String contentType, byte[] content) {

	}

	/**
	 * An attachment with its bytes.
	 *
	 * @param attachment the record
	 * @param content the bytes
	 */
	public record Download(AttachmentView attachment, byte[] content) {

	}

}
