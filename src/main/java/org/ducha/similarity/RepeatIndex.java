package org.ducha.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.ducha.intake.ComplaintRegistered;
import org.ducha.intake.ComplaintRerouted;
import org.ducha.intake.ComplaintTexts;
import org.ducha.intake.ComplaintTexts.ComplaintText;
import org.ducha.intake.ComplaintView;
import org.ducha.shared.ConflictException;

/**
 * Keeps the repeat-detection index current. The database stays the source of truth; the
 * index lives under {@code ducha.similarity.index-dir} (in memory when that is empty, as
 * in tests).
 * <ul>
 * <li>Every registered or rerouted complaint is (re)indexed from intake's events and is
 * searchable at once; writes are made durable together every
 * {@code ducha.similarity.commit-interval} (default 5 s), not one commit per
 * complaint.</li>
 * <li>A catch-up every {@code ducha.similarity.catch-up-interval} (default 30 s) asks the
 * database which complaints changed since the last one (less a margin for clock skew and
 * long transactions) and indexes those the index has not seen in that version: complaints
 * registered on another instance, or while this one was down, or written but not
 * committed before a crash. The moment the index is current up to is saved with each
 * commit, so a restart catches up from there.</li>
 * <li>An empty index (first start, index directory deleted) is rebuilt from the database
 * in the background; a team leader or administrator can start a rebuild at any time.
 * Searches answer from the old content until the rebuild is complete; progress is shown
 * on the page and logged.</li>
 * </ul>
 */
@Component
public class RepeatIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RepeatIndex.class);

	/** Key of the commit data holding {@link #upTo}. */
	static final String UP_TO = "upTo";

	/**
	 * Re-read changes this long before the last catch-up: clock skew, long transactions.
	 */
	static final Duration MARGIN = Duration.ofMinutes(2);

	private static final int PAGE = 1_000;

	/** Where the live index lives; {@code null} in memory. */
	private final Path directory;

	/** Searches and writes share it; swapping in a rebuilt index takes it alone. */
	private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();

	private volatile SimilarComplaints engine;

	/** The index being rebuilt, if any: every write goes to it too. */
	private volatile SimilarComplaints next;

	private final ComplaintTexts texts;

	private final Clock clock;

	private final boolean catchUpEnabled;

	private final ExecutorService background = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("repeat-index").daemon().factory());

	/** Versions indexed recently (since the last catch-up's window), by complaint. */
	private final Map<UUID, Seen> recent = new ConcurrentHashMap<>();

	private final AtomicBoolean dirty = new AtomicBoolean();

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private final AtomicLong rebuilt = new AtomicLong();

	private volatile long rebuildTotal;

	private volatile Instant rebuildStartedAt;

	private volatile Instant rebuildFinishedAt;

	/** How late searches may see a write (a reader reopened at most this often). */
	private final Duration refreshInterval;

	/** Every complaint changed before this, less {@link #MARGIN}, is in the index. */
	private volatile Instant upTo;

	RepeatIndex(ComplaintTexts texts, Clock clock,
			@Value("${ducha.similarity.index-dir:./data/index}") String directory,
			@Value("${ducha.similarity.catch-up-enabled:true}") boolean catchUpEnabled,
			@Value("${ducha.similarity.refresh-interval:PT0S}") Duration refreshInterval) {
		this.texts = texts;
		this.refreshInterval = refreshInterval;
		this.clock = clock;
		this.catchUpEnabled = catchUpEnabled;
		this.directory = (directory == null || directory.isBlank()) ? null : Path.of(directory).toAbsolutePath();
		if (this.directory != null) {
			recoverFromAnInterruptedSwap();
		}
		this.engine = open(this.directory);
		String saved = this.engine.committedData().get(UP_TO);
		this.upTo = (saved != null) ? Instant.parse(saved) : null;
	}

	@ApplicationModuleListener(id = "similarity.index-registered")
	void on(ComplaintRegistered event) {
		index(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.index-rerouted")
	void on(ComplaintRerouted event) {
		index(event.complaintId());
	}

	/**
	 * At start: rebuilds an empty index (or one that does not say up to when it is
	 * current) in the background, or catches up with what changed while this instance was
	 * not running.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (read(() -> this.engine.size()) == 0 || this.upTo == null) {
			if (this.texts.count() > 0) {
				rebuild();
			}
			else {
				this.upTo = this.clock.instant();
			}
		}
		else if (this.catchUpEnabled) {
			this.background.execute(this::catchUp);
		}
	}

	/**
	 * Starts rebuilding the whole index from the database in the background.
	 * @throws ConflictException {@code similarity.rebuildRunning} if a rebuild is under
	 * way
	 */
	public void rebuild() {
		if (!this.rebuilding.compareAndSet(false, true)) {
			throw new ConflictException("similarity.rebuildRunning");
		}
		this.rebuilt.set(0);
		this.rebuildTotal = this.texts.count();
		this.rebuildStartedAt = this.clock.instant();
		this.rebuildFinishedAt = null;
		this.background.execute(this::rebuildNow);
	}

	private void rebuildNow() {
		Instant startedAt = this.rebuildStartedAt;
		long started = System.nanoTime();
		long total = this.rebuildTotal;
		log.info("Rebuilding the repeat-detection index from the database: {} complaints", total);
		Path target = sibling("rebuild");
		SimilarComplaints fresh = null;
		try {
			deleteIfPresent(target);
			fresh = open(target);
			this.recent.clear();
			this.next = fresh;
			long step = Math.max(total / 10, PAGE);
			long nextLog = step;
			UUID after = null;
			while (!Thread.currentThread().isInterrupted()) {
				List<ComplaintText> page = this.texts.after(after, PAGE);
				if (page.isEmpty()) {
					break;
				}
				for (ComplaintText text : page) {
					fresh.index(document(text));
				}
				after = page.getLast().id();
				long done = this.rebuilt.addAndGet(page.size());
				if (done >= nextLog) {
					log.info("Rebuilding the repeat-detection index: {} / {} ({}%)", done, total,
							(total > 0) ? done * 100 / total : 100);
					nextLog += step;
				}
			}
			if (Thread.currentThread().isInterrupted()) {
				log.warn("Rebuilding the repeat-detection index stopped at {} / {}; the previous index stays",
						this.rebuilt.get(), total);
				return;
			}
			fresh.commit(Map.of(UP_TO, startedAt.toString()));
			swapIn(fresh, target);
			fresh = null;
			this.upTo = startedAt;
			log.info("Rebuilt the repeat-detection index: {} complaints in {} s", this.rebuilt.get(),
					(System.nanoTime() - started) / 1_000_000_000);
		}
		catch (RuntimeException | IOException ex) {
			log.error("Rebuilding the repeat-detection index failed; searches keep the previous index", ex);
		}
		finally {
			this.next = null;
			if (fresh != null) {
				fresh.close();
				try {
					deleteIfPresent(target);
				}
				catch (IOException ex) {
					log.warn("Could not remove the unfinished index at {}", target, ex);
				}
			}
			this.rebuildFinishedAt = this.clock.instant();
			this.rebuilding.set(false);
		}
	}

	/**
	 * Makes the rebuilt index the live one. In memory the reference changes; on disk the
	 * live directory is moved aside, the rebuilt one moved in, and the old one deleted (a
	 * crash in between is repaired at the next start).
	 */
	private void swapIn(SimilarComplaints fresh, Path target) throws IOException {
		this.swap.writeLock().lock();
		try {
			this.next = null;
			SimilarComplaints old = this.engine;
			if (this.directory == null) {
				this.engine = fresh;
				old.close();
				return;
			}
			fresh.close();
			old.close();
			Path aside = sibling("old");
			deleteIfPresent(aside);
			Files.move(this.directory, aside, StandardCopyOption.ATOMIC_MOVE);
			Files.move(target, this.directory, StandardCopyOption.ATOMIC_MOVE);
			this.engine = open(this.directory);
			deleteIfPresent(aside);
		}
		finally {
			this.swap.writeLock().unlock();
		}
	}

	private void recoverFromAnInterruptedSwap() {
		try {
			Path aside = sibling("old");
			if (!Files.exists(this.directory) && Files.exists(aside)) {
				Files.move(aside, this.directory, StandardCopyOption.ATOMIC_MOVE);
				log.warn("Restored the repeat-detection index moved aside by an interrupted rebuild");
			}
			deleteIfPresent(aside);
			deleteIfPresent(sibling("rebuild"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path sibling(String suffix) {
		return (this.directory != null) ? this.directory.resolveSibling(this.directory.getFileName() + "-" + suffix)
				: null;
	}

	private SimilarComplaints open(Path directory) {
		SimilarComplaints index = (directory != null) ? SimilarComplaints.at(directory) : SimilarComplaints.inMemory();
		return index.refreshedAtMostEvery(this.refreshInterval);
	}

	private static void deleteIfPresent(Path directory) throws IOException {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/**
	 * Indexes the complaints changed since the last catch-up (less {@link #MARGIN}) that
	 * the index has not seen in their current version.
	 * @return how many complaints were (re)indexed
	 */
	public int catchUp() {
		if (this.rebuilding.get()) {
			return 0;
		}
		Instant now = this.clock.instant();
		Instant since = (this.upTo != null) ? this.upTo.minus(MARGIN) : Instant.EPOCH;
		Map<UUID, Integer> changed = this.texts.changedSince(since);
		List<UUID> unseen = changed.entrySet().stream().filter((entry) -> {
			Seen seen = this.recent.get(entry.getKey());
			return seen == null || seen.version() != entry.getValue();
		}).map(Map.Entry::getKey).toList();
		for (ComplaintText text : this.texts.of(unseen)) {
			index(text);
		}
		this.recent.values().removeIf((seen) -> seen.at().isBefore(since));
		this.upTo = now;
		this.dirty.set(true);
		if (!unseen.isEmpty()) {
			log.info("Repeat-detection index caught up with {} complaints changed elsewhere or before a restart",
					unseen.size());
		}
		return unseen.size();
	}

	@Scheduled(initialDelayString = "${ducha.similarity.catch-up-interval:PT30S}",
			fixedDelayString = "${ducha.similarity.catch-up-interval:PT30S}")
	void scheduledCatchUp() {
		if (this.catchUpEnabled) {
			catchUp();
		}
	}

	/**
	 * Makes the writes since the last commit durable, with the moment the index is
	 * current up to.
	 */
	@Scheduled(fixedDelayString = "${ducha.similarity.commit-interval:PT5S}")
	public void commit() {
		if (this.dirty.getAndSet(false)) {
			Instant current = this.upTo;
			read(() -> {
				this.engine.commit((current != null) ? Map.of(UP_TO, current.toString()) : Map.of());
				return null;
			});
		}
	}

	/**
	 * The state of the index and of the last rebuild.
	 */
	public RepeatIndexStatus status() {
		return new RepeatIndexStatus(read(() -> this.engine.size()), this.upTo, this.rebuilding.get(),
				this.rebuilt.get(), this.rebuildTotal, this.rebuildStartedAt, this.rebuildFinishedAt);
	}

	/**
	 * Earlier complaints about the same site as a registered one (itself excluded).
	 * @param complaint the complaint
	 * @param limit at most this many
	 * @return the repeat check
	 */
	public RepeatCheck similarTo(ComplaintView complaint, int limit) {
		return similarTo(complaint, limit, Set.of());
	}

	/**
	 * Earlier complaints about the same site as a registered one, leaving out itself and
	 * the complaints already judged distinct from it; the verdict is judged on what is
	 * left.
	 * @param complaint the complaint
	 * @param limit at most this many
	 * @param excluded complaints not to propose
	 * @return the repeat check
	 */
	public RepeatCheck similarTo(ComplaintView complaint, int limit, Set<UUID> excluded) {
		int wanted = Math.max(limit, SimilarComplaints.CHECKED_HITS) + excluded.size() + 1;
		List<SimilarHit> hits = read(() -> this.engine.similarTo(document(complaint), wanted)).stream()
			.filter((hit) -> !hit.complaintId().equals(complaint.id()) && !excluded.contains(hit.complaintId()))
			.toList();
		Verdict verdict = Verdict.of(hits.subList(0, Math.min(SimilarComplaints.CHECKED_HITS, hits.size())));
		return new RepeatCheck(hits.subList(0, Math.min(limit, hits.size())), verdict);
	}

	/**
	 * A check before registering: what the index holds about a text, a reported object
	 * and a region.
	 */
	public RepeatCheck query(String text, String reportedObject, String regionCode, int limit) {
		ComplaintDocument probe = new ComplaintDocument(UUID.randomUUID(), null, null, this.clock.instant(), regionCode,
				reportedObject, null, null, text, java.util.Set.of());
		RepeatCheck check = read(() -> this.engine.check(probe));
		return new RepeatCheck(check.hits().stream().limit(limit).toList(), check.verdict());
	}

	void index(UUID complaintId) {
		this.texts.of(List.of(complaintId)).forEach(this::index);
	}

	private void index(ComplaintText text) {
		ComplaintDocument document = document(text);
		read(() -> {
			this.engine.index(document);
			SimilarComplaints rebuilt = this.next;
			if (rebuilt != null) {
				rebuilt.index(document);
			}
			return null;
		});
		if (this.catchUpEnabled) {
			// only the catch-up reads (and prunes) these; without it they would pile up
			this.recent.put(text.id(), new Seen(text.version(), this.clock.instant()));
		}
		this.dirty.set(true);
	}

	static ComplaintDocument document(ComplaintView complaint) {
		return new ComplaintDocument(complaint.id(), complaint.receiptNumber(), complaint.campaignId(),
				complaint.receivedAt(), complaint.regionCode(), complaint.reportedObject().name(),
				complaint.reportedObject().address(), complaint.location(), complaint.description(),
				complaint.problemTypes().stream().map(Enum::name).collect(Collectors.toSet()));
	}

	static ComplaintDocument document(ComplaintText complaint) {
		return new ComplaintDocument(complaint.id(), complaint.receiptNumber(), complaint.campaignId(),
				complaint.receivedAt(), complaint.regionCode(), complaint.reportedObject().name(),
				complaint.reportedObject().address(), complaint.location(), complaint.description(),
				complaint.problemTypes().stream().map(Enum::name).collect(Collectors.toSet()));
	}

	@PreDestroy
	void close() {
		this.background.shutdownNow();
		try {
			this.background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.engine.close();
	}

	private <T> T read(Supplier<T> work) {
		this.swap.readLock().lock();
		try {
			return work.get();
		}
		finally {
			this.swap.readLock().unlock();
		}
	}

	private record Seen(int version, Instant at) {

	}

}
