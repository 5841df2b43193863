package org.ducha.similarity;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of site profiles. Every field is a list of exact terms computed by
 * {@link SiteProfile} (no analysis at index time), so a candidate query is a disjunction
 * of term queries whose BM25 weight is the term's rarity times the clause boost:
 *
 * <table>
 * <tr>
 * <th>field</th>
 * <th>terms</th>
 * <th>boost in the candidate query</th>
 * </tr>
 * <tr>
 * <td>{@code core}</td>
 * <td>core names</td>
 * <td>6</td>
 * </tr>
 * <tr>
 * <td>{@code gram}</td>
 * <td>bigrams of core names</td>
 * <td>1.5</td>
 * </tr>
 * <tr>
 * <td>{@code place}</td>
 * <td>place tokens</td>
 * <td>6 × place weight (4.8 for a house number, 2.1 for a village)</td>
 * </tr>
 * <tr>
 * <td>{@code region}</td>
 * <td>county code</td>
 * <td>1.5</td>
 * </tr>
 * <tr>
 * <td>{@code kind}</td>
 * <td>kind of site</td>
 * <td>0.8</td>
 * </tr>
 * <tr>
 * <td>{@code word}</td>
 * <td>description words (at most 24 of the probe's)</td>
 * <td>0.25</td>
 * </tr>
 * </table>
 * Stored: id, receipt number, campaign, and the profile for re-scoring.
 * <p>
 * Writes go to an {@link IndexWriter}; searches use a near-real-time
 * {@link SearcherManager} refreshed before the first search after a write.
 * {@link #commit()} makes writes durable.
 */
final class ComplaintIndex implements Closeable {

	static final int QUERY_WORDS = 24;

	private static final String ID = "id";

	private static final String RECEIPT = "receipt";

	private static final String CAMPAIGN = "campaign";

	private static final String CORE = "core";

	private static final String NAME_SOURCE = "nameSource";

	private static final String KIND_FROM_NAME = "kindFromName";

	private static final String GRAM = "gram";

	private static final String PLACE = "place";

	private static final String REGION = "region";

	private static final String KIND = "kind";

	private static final String WORD = "word";

	private static final String TYPE = "type";

	private static final String DAY = "day";

	private static final Set<String> STORED = Set.of(ID, RECEIPT, CORE, NAME_SOURCE, PLACE, REGION, KIND,
			KIND_FROM_NAME, WORD, TYPE, DAY);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private volatile boolean stale;

	/**
	 * Writes wait at most this long to be seen by searches; 0 = seen by the next search.
	 */
	private volatile long refreshNanos;

	private volatile long refreshedAt = System.nanoTime();

	private ComplaintIndex(Directory directory) throws IOException {
		this.directory = directory;
		IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		this.writer = new IndexWriter(directory, config);
		this.searchers = new SearcherManager(this.writer, null);
	}

	static ComplaintIndex inMemory() {
		try {
			return new ComplaintIndex(new ByteBuffersDirectory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ComplaintIndex at(Path path) {
		try {
			return new ComplaintIndex(FSDirectory.open(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void put(ComplaintDocument complaint, SiteProfile profile) {
		Document document = new Document();
		String id = complaint.complaintId().toString();
		document.add(new StringField(ID, id, Field.Store.YES));
		if (complaint.receiptNumber() != null) {
			document.add(new StoredField(RECEIPT, complaint.receiptNumber()));
		}
		if (complaint.campaignId() != null) {
			document.add(new StringField(CAMPAIGN, complaint.campaignId().toString(), Field.Store.YES));
		}
		for (String core : profile.cores()) {
			document.add(new StringField(CORE, core, Field.Store.YES));
			for (String gram : SiteProfile.bigrams(core)) {
				document.add(new StringField(GRAM, gram, Field.Store.NO));
			}
		}
		document.add(new StoredField(NAME_SOURCE, profile.nameSource().name()));
		document.add(new StoredField(KIND_FROM_NAME, profile.kindFromName() ? 1 : 0));
		for (String place : profile.places()) {
			document.add(new StringField(PLACE, place, Field.Store.YES));
		}
		if (profile.region() != null) {
			document.add(new StringField(REGION, profile.region(), Field.Store.YES));
		}
		if (profile.kind() != null) {
			document.add(new StringField(KIND, profile.kind().name(), Field.Store.YES));
		}
		for (String word : profile.words()) {
			document.add(new StringField(WORD, word, Field.Store.YES));
		}
		for (String type : profile.problemTypes()) {
			document.add(new StringField(TYPE, type, Field.Store.YES));
		}
		document.add(new StoredField(DAY, profile.day()));
		try {
			this.writer.updateDocument(new Term(ID, id), document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.stale = true;
	}

	void delete(UUID complaintId) {
		try {
			this.writer.deleteDocuments(new Term(ID, complaintId.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.stale = true;
	}

	/**
	 * The best {@code count} candidates for a probe, with their stored profiles,
	 * excluding the probe itself.
	 */
	List<Candidate> candidates(UUID probeId, SiteProfile probe, int count) {
		Query query = query(probe);
		if (query == null) {
			return List.of();
		}
		try {
			refreshIfStale();
			IndexSearcher searcher = this.searchers.acquire();
			try {
				ScoreDoc[] top = searcher.search(query, count + 1).scoreDocs;
				StoredFields stored = searcher.storedFields();
				List<Candidate> candidates = new ArrayList<>(top.length);
				for (ScoreDoc hit : top) {
					Document document = stored.document(hit.doc, STORED);
					UUID id = UUID.fromString(document.get(ID));
					if (!id.equals(probeId) && candidates.size() < count) {
						candidates.add(new Candidate(id, document.get(RECEIPT), profile(document)));
					}
				}
				return candidates;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		try {
			refreshIfStale();
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void commit(Map<String, String> data) {
		try {
			this.writer.setLiveCommitData(data.entrySet());
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The data saved with the last commit.
	 */
	Map<String, String> committedData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = this.writer.getLiveCommitData();
		if (live != null) {
			live.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	@Override
	public void close() {
		try {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The candidate query. When the probe names the site (a core name or a place), a
	 * candidate must share at least one of those terms and the rest (kind, county,
	 * description words) only ranks the candidates: Lucene then scores the long posting
	 * lists of counties and common words only for documents that already match a name or
	 * place, which keeps the query fast on a million complaints. A probe with neither is
	 * matched on everything it has.
	 */
	static Query query(SiteProfile probe) {
		BooleanQuery.Builder identifying = new BooleanQuery.Builder();
		int names = 0;
		Set<String> grams = new LinkedHashSet<>();
		for (String core : probe.cores()) {
			names += add(identifying, CORE, core, 6);
			grams.addAll(SiteProfile.bigrams(core));
		}
		for (String gram : grams) {
			names += add(identifying, GRAM, gram, 1.5f);
		}
		for (String place : probe.places()) {
			double weight = SameSite.PLACE_WEIGHTS.getOrDefault(Places.type(place), 0.1);
			names += add(identifying, PLACE, place, (float) (6 * weight));
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		if (names > 0) {
			query.add(identifying.build(), BooleanClause.Occur.MUST);
			clauses++;
		}
		if (probe.kind() != null) {
			clauses += add(query, KIND, probe.kind().name(), 0.8f);
		}
		int words = 0;
		for (String word : probe.words()) {
			if (words++ < QUERY_WORDS) {
				clauses += add(query, WORD, word, 0.25f);
			}
		}
		if (probe.region() != null) {
			clauses += add(query, REGION, probe.region(), 1.5f);
		}
		return (clauses > 0) ? query.build() : null;
	}

	private static int add(BooleanQuery.Builder query, String field, String value, float boost) {
		query.add(new BoostQuery(new TermQuery(new Term(field, value)), boost), BooleanClause.Occur.SHOULD);
		return 1;
	}

	/**
	 * Searches see writes at most this long after they were made, instead of reopening
	 * the reader (and flushing a tiny segment) before every search that follows a write.
	 */
	void refreshAtMostEvery(Duration interval) {
		this.refreshNanos = interval.toNanos();
	}

	private void refreshIfStale() throws IOException {
		if (this.stale && System.nanoTime() - this.refreshedAt >= this.refreshNanos) {
			this.stale = false;
			this.searchers.maybeRefreshBlocking();
			this.refreshedAt = System.nanoTime();
		}
	}

	private static SiteProfile profile(Document document) {
		String kind = document.get(KIND);
		return new SiteProfile(List.of(document.getValues(CORE)),
				SiteProfile.NameSource.valueOf(document.get(NAME_SOURCE)),
				(kind != null) ? SiteKind.valueOf(kind) : null,
				document.getField(KIND_FROM_NAME).numericValue().intValue() == 1, Set.of(document.getValues(PLACE)),
				document.get(REGION), document.getField(DAY).numericValue().longValue(),
				Set.of(document.getValues(TYPE)), Set.of(document.getValues(WORD)));
	}

	/**
	 * A candidate from the index.
	 */
	record Candidate(UUID complaintId, String receiptNumber, SiteProfile profile) {

	}

}
