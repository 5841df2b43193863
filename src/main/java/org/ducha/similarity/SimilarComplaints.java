package org.ducha.similarity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 系统梳理类似信访件: finds earlier complaints about the same site.
 * <p>
 * Each complaint is reduced to a {@link SiteProfile} (core name of the reported object,
 * kind of site, place tokens, county, problem types, description words) and kept in a
 * Lucene index. A check asks the index for the {@value #CANDIDATES} best candidates by
 * exact-term matches on those fields, re-scores each with {@link SameSite}, and judges
 * the ranked hits ({@link Verdict}).
 * <p>
 * Thread-safe. Writes are visible to the next search (near-real-time) and durable after
 * {@link #commit()} or {@link #close()}. The caller owns the instance and closes it.
 */
public final class SimilarComplaints implements AutoCloseable {

	/** How many candidates the index proposes for re-scoring. */
	public static final int CANDIDATES = 64;

	/** How many hits {@link #check(ComplaintDocument)} returns. */
	public static final int CHECKED_HITS = 5;

	private final ComplaintIndex index;

	private SimilarComplaints(ComplaintIndex index) {
		this.index = index;
	}

	/**
	 * An index held in memory (tests, demos).
	 */
	public static SimilarComplaints inMemory() {
		return new SimilarComplaints(ComplaintIndex.inMemory());
	}

	/**
	 * An index in a directory, created if missing and reopened with its committed
	 * content.
	 */
	public static SimilarComplaints at(Path directory) {
		return new SimilarComplaints(ComplaintIndex.at(directory));
	}

	/**
	 * Lets searches see writes up to this long late (0, the default: at once); a search
	 * after a write then need not reopen the index.
	 */
	public SimilarComplaints refreshedAtMostEvery(Duration interval) {
		this.index.refreshAtMostEvery(interval);
		return this;
	}

	/**
	 * Adds a complaint, or replaces it if one with the same id is indexed.
	 */
	public void index(ComplaintDocument complaint) {
		this.index.put(complaint, SiteProfile.of(complaint));
	}

	/**
	 * Removes a complaint (withdrawn, or entered by mistake); unknown ids are ignored.
	 */
	public void remove(UUID complaintId) {
		this.index.delete(complaintId);
	}

	/**
	 * Indexed complaints that may concern the same site as {@code probe}, best first; the
	 * probe itself is never among them (it may already be indexed).
	 * @param probe the complaint to compare
	 * @param limit the most hits to return
	 * @return hits with a score above 0, at most {@code limit}
	 */
	public List<SimilarHit> similarTo(ComplaintDocument probe, int limit) {
		SiteProfile profile = SiteProfile.of(probe);
		List<SimilarHit> hits = new ArrayList<>();
		for (ComplaintIndex.Candidate candidate : this.index.candidates(probe.complaintId(), profile,
				Math.max(CANDIDATES, limit))) {
			SimilarHit hit = SameSite.score(profile, candidate.complaintId(), candidate.receiptNumber(),
					candidate.profile());
			if (hit.score() > 0) {
				hits.add(hit);
			}
		}
		hits.sort(Comparator.comparingDouble(SimilarHit::score).reversed());
		return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
	}

	/**
	 * The {@value #CHECKED_HITS} best hits for {@code probe} and the verdict on them.
	 */
	public RepeatCheck check(ComplaintDocument probe) {
		List<SimilarHit> hits = similarTo(probe, CHECKED_HITS);
		return new RepeatCheck(hits, Verdict.of(hits));
	}

	/**
	 * The number of indexed complaints.
	 */
	public int size() {
		return this.index.size();
	}

	/**
	 * Makes every write so far durable, keeping the data saved with the last commit.
	 */
	public void commit() {
		commit(committedData());
	}

	/**
	 * Makes every write so far durable, saving {@code data} with it (e.g. up to when the
	 * index is current); {@link #committedData()} reads it back, also after a restart.
	 */
	public void commit(Map<String, String> data) {
		this.index.commit(data);
	}

	/**
	 * The data saved with the last commit, empty if none.
	 */
	public Map<String, String> committedData() {
		return this.index.committedData();
	}

	/**
	 * Commits and releases the index.
	 */
	@Override
	public void close() {
		this.index.close();
	}

}
