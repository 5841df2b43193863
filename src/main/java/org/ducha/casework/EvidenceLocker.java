package org.ducha.casework;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.FileStore;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * Evidence (证明材料) attached to a case by its handler or the team: the real type is read
 * from the content (Apache Tika), not trusted from the name or the client; only documents
 * and images of a few known kinds are kept, each with its checksum, outside the web root.
 */
@Service
public class EvidenceLocker {

	/**
	 * The types of evidence kept: documents, images, video and audio of a few known
	 * kinds.
	 */
	public static final Set<String> ALLOWED_TYPES = Set.of("image/jpeg", "image/png", "application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "video/mp4", "audio/mpeg");

	static final int MAX_FILES_PER_CASE = 30;

	private final CaseFiles cases;

	private final CaseEvidences evidences;

	private final FileStore files;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long maxBytes;

	EvidenceLocker(CaseFiles cases, CaseEvidences evidences, FileStore files, TransactionTemplate transactions,
			Clock clock, @Value("${ducha.evidence.max-bytes:20971520}") long maxBytes) {
		this.cases = cases;
		this.evidences = evidences;
		this.files = files;
		this.transactions = transactions;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/**
	 * Attaches a file to a case.
	 * @param caseId the case
	 * @param filename the client's file name (kept for display only, cleaned)
	 * @param size the announced size
	 * @param content the bytes
	 * @param officer who uploads
	 * @return the evidence
	 */
	public EvidenceView attach(UUID caseId, String filename, long size, InputStream content, CurrentOfficer officer) {
		CaseFile file = visibleCase(caseId, officer);
		if (!officer.hasAny(Role.LOCAL_HANDLER, Role.TEAM_OFFICER, Role.TEAM_LEADER)) {
			throw new org.springframework.security.access.AccessDeniedException("Not permitted");
		}
		if (this.evidences.countByCaseId(caseId) >= MAX_FILES_PER_CASE) {
			throw new RuleViolationException(new FieldViolation("file", "evidence.tooMany", MAX_FILES_PER_CASE));
		}
		FileStore.Checked checked = this.files.storeChecked(filename, size, content, ALLOWED_TYPES, this.maxBytes);
		return this.transactions.execute((status) -> this.evidences
			.save(new CaseEvidence(file.id(), checked.filename(), checked.contentType(), checked.stored().size(),
					checked.stored().sha256(), checked.stored().key(), officer.username(), this.clock.instant()))
			.view());
	}

	public List<EvidenceView> of(UUID caseId, CurrentOfficer officer) {
		visibleCase(caseId, officer);
		return this.evidences.findByCaseIdOrderByUploadedAt(caseId).stream().map(CaseEvidence::view).toList();
	}

	/**
	 * The bytes of a piece of evidence, for a reader who may see the case.
	 */
	public Download download(UUID caseId, UUID evidenceId, CurrentOfficer officer) {
		visibleCase(caseId, officer);
		CaseEvidence evidence = this.evidences.findById(evidenceId)
			.filter((found) -> found.view().caseId().equals(caseId))
			.orElseThrow(() -> new NotFoundException("evidence.notFound", evidenceId));
		return new Download(evidence.view(), this.files.read(evidence.storageKey()));
	}

	private CaseFile visibleCase(UUID caseId, CurrentOfficer officer) {
		return this.cases.findById(caseId)
			.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
			.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	/**
	 * Evidence with its bytes.
	 *
	 * @param evidence the record
	 * @param content the bytes
	 */
	public record Download(EvidenceView evidence, byte[] content) {

	}

}
