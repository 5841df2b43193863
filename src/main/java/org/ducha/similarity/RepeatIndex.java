package org.ducha.similarity;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ducha.accounts.Jurisdiction;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistered;
import org.ducha.intake.ComplaintRerouted;
import org.ducha.intake.ComplaintView;

/**
 * Keeps the repeat-detection index current: every registered or rerouted complaint is
 * (re)indexed from intake's API, and an empty index is rebuilt from the database at
 * start. The database stays the source of truth; the index lives under
 * {@code ducha.similarity.index-dir} (in memory when that is empty, as in tests).
 */
@Component
public class RepeatIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RepeatIndex.class);

	private final SimilarComplaints engine;

	private final ComplaintQueries complaints;

	private final java.time.Clock clock;

	RepeatIndex(ComplaintQueries complaints, java.time.Clock clock,
			@Value("${ducha.similarity.index-dir:./data/index}") String directory) {
		this.complaints = complaints;
		this.clock = clock;
		this.engine = (directory == null || directory.isBlank()) ? SimilarComplaints.inMemory()
				: SimilarComplaints.at(Path.of(directory));
	}

	@ApplicationModuleListener(id = "similarity.index-registered")
	void on(ComplaintRegistered event) {
		index(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.index-rerouted")
	void on(ComplaintRerouted event) {
		index(event.complaintId());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.engine.size() > 0) {
			return;
		}
		int page = 0;
		int indexed = 0;
		while (true) {
			var result = this.complaints.search(ComplaintFilter.none(), Jurisdiction.everywhere(), page++,
					org.ducha.intake.ComplaintQueries.MAX_PAGE_SIZE);
			for (var summary : result.getContent()) {
				this.engine.index(document(this.complaints.get(summary.id(), Jurisdiction.everywhere())));
				indexed++;
			}
			if (!result.hasNext()) {
				break;
			}
		}
		this.engine.commit();
		if (indexed > 0) {
			log.info("Rebuilt the repeat-detection index from the database: {} complaints", indexed);
		}
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
		List<SimilarHit> hits = this.engine
			.similarTo(document(complaint), Math.max(limit, SimilarComplaints.CHECKED_HITS) + excluded.size() + 1)
			.stream()
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
		RepeatCheck check = this.engine.check(probe);
		return new RepeatCheck(check.hits().stream().limit(limit).toList(), check.verdict());
	}

	void index(UUID complaintId) {
		this.engine.index(document(this.complaints.get(complaintId, Jurisdiction.everywhere())));
		this.engine.commit();
	}

	static ComplaintDocument document(ComplaintView complaint) {
		return new ComplaintDocument(complaint.id(), complaint.receiptNumber(), complaint.campaignId(),
				complaint.receivedAt(), complaint.regionCode(), complaint.reportedObject().name(),
				complaint.reportedObject().address(), complaint.location(), complaint.description(),
				complaint.problemTypes().stream().map(Enum::name).collect(Collectors.toSet()));
	}

	@PreDestroy
	void close() {
		this.engine.close();
	}

}
