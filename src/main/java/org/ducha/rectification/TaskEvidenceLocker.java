package org.ducha.rectification;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.casework.EvidenceLocker;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.FileStore;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * Evidence for a task's progress and close-out: the real type read from the content,
 * stored outside the web root with its SHA-256, and the same file given for another task
 * flagged (no "paper close-outs" reusing the same material).
 */
@Service
public class TaskEvidenceLocker {

	static final int MAX_FILES_PER_TASK = 50;

	private final RectificationTasks tasks;

	private final TaskEvidences evidences;

	private final RectificationQueries queries;

	private final FileStore files;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long maxBytes;

	TaskEvidenceLocker(RectificationTasks tasks, TaskEvidences evidences, RectificationQueries queries, FileStore files,
			TransactionTemplate transactions, Clock clock,
			@Value("${ducha.evidence.max-bytes:20971520}") long maxBytes) {
		this.tasks = tasks;
		this.evidences = evidences;
		this.queries = queries;
		this.files = files;
		this.transactions = transactions;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/**
	 * Attaches a file to a task.
	 * @return the evidence, with the other tasks the same file was given for
	 */
	public EvidenceView attach(UUID taskId, EvidenceStage stage, String filename, long size, InputStream content,
			CurrentOfficer officer) {
		if (stage == null) {
			throw new RuleViolationException(new FieldViolation("stage", "field.required"));
		}
		RectificationTask task = visible(taskId, officer);
		if (task.status() == TaskStatus.WRITTEN_OFF) {
			throw new ConflictException("rectification.evidence.closed", task.status());
		}
		if (this.evidences.findByTaskIdOrderByUploadedAt(taskId).size() >= MAX_FILES_PER_TASK) {
			throw new RuleViolationException(new FieldViolation("file", "evidence.tooMany", MAX_FILES_PER_TASK));
		}
		FileStore.Checked checked = this.files.storeChecked(filename, size, content, EvidenceLocker.ALLOWED_TYPES,
				this.maxBytes);
		UUID id = this.transactions.execute((status) -> this.evidences
			.save(new TaskEvidence(taskId, stage, checked.filename(), checked.contentType(), checked.stored().size(),
					checked.stored().sha256(), checked.stored().key(), officer.username(), this.clock.instant()))
			.view(List.of())
			.id());
		return this.queries.evidence(taskId)
			.stream()
			.filter((evidence) -> evidence.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The bytes of a piece of evidence for a reader who may see the task.
	 */
	public Download download(UUID taskId, UUID evidenceId, CurrentOfficer officer) {
		visible(taskId, officer);
		TaskEvidence evidence = this.evidences.findById(evidenceId)
			.filter((found) -> found.taskId().equals(taskId))
			.orElseThrow(() -> new NotFoundException("evidence.notFound", evidenceId));
		return new Download(evidence.view(List.of()), this.files.read(evidence.storageKey()));
	}

	private RectificationTask visible(UUID taskId, CurrentOfficer officer) {
		return this.tasks.findById(taskId)
			.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
			.orElseThrow(() -> new NotFoundException("rectification.task.notFound", taskId));
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
