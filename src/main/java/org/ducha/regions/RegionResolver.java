package org.ducha.regions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the division a free text speaks of: an address (山西省临汾市尧都区屯里镇), a partial one
 * (尧都屯里), or a whole complaint description, optionally within the campaign's region.
 * <p>
 * Every official name, generated short form, alias and zone is put in one
 * {@link NameTrie}; a scan finds every name in the text (the first
 * {@value #MAX_SCANNED_CHARS} characters). Each match (a <em>mention</em>) stands for one
 * or more divisions. Every division a mention stands for is a candidate; a candidate's
 * score adds, over all mentions, the weight of the mention's best entry that is the
 * candidate itself or one of its ancestors, so 临汾 + 尧都 + 屯里镇 add up along one line of
 * descent. Candidates inside the context region get a bonus. The best-scoring candidate
 * wins unless a candidate on another line of descent comes within {@value #MARGIN}: then
 * the text is ambiguous and the answer is only what the leading candidates share.
 * <p>
 * Some entries are <em>conditional</em>: they count only when a firm mention (or the
 * context) lies on their line of descent. Those are everyday words (see
 * {@code common-words.txt}), short forms of townships, township names found in several
 * counties (城关镇), short forms followed by 路/街/村 (中山路), and lower-level readings of a
 * short form that also names a higher level (朝阳 as 北京朝阳区 next to 朝阳市).
 * <p>
 * Thread-safe: built once, then only read.
 */
final class RegionResolver {

	/** Only this many characters of a text are scanned. */
	static final int MAX_SCANNED_CHARS = 2000;

	static final int MAX_ALTERNATIVES = 5;

	/**
	 * How far behind the best another line of descent may score and still make it a tie.
	 */
	static final double MARGIN = 1.0;

	static final double CONTEXT_BONUS = 1.5;

	private static final double FULL = 3.0;

	private static final double FORMER = 3.0;

	private static final double ALIAS = 2.7;

	private static final double SHORT = 2.4;

	private static final double WEAK = 1.0;

	private static final double[] LEVEL_FACTOR = { 0.6, 0.85, 1.0, 0.8 };

	private static final double SHARPNESS = 2.0;

	private static final double STRENGTH_SCALE = 1.5;

	private static final double DEMOTED_PENALTY = 0.8;

	private static final int UNGROUNDED = 0;

	private static final int GROUNDED = 1;

	private static final int ATTACHED = 2;

	private static final int FIRM = 3;

	private static final byte CONDITIONAL = 1;

	private static final byte WEAK_ENTRY = 2;

	private static final byte SHORT_FORM = 4;

	/** Longer than any name, alias or zone in the data. */
	private static final int MAX_NAME_LENGTH = 40;

	private static final String ROAD_CHARS = "路街道巷弄村门桥";

	private static final String[] ROAD_WORDS = { "胡同", "小区", "广场", "大厦", "饭店", "宾馆", "酒店", "公园" };

	private final RegionDirectory directory;

	private final NameTrie trie = new NameTrie();

	private final Surface[] surfaces;

	RegionResolver(RegionDirectory directory, Set<String> commonWords) {
		this.directory = directory;
		Map<String, Map<Integer, Form>> names = new HashMap<>(200_000);
		for (int i = 0; i < directory.size(); i++) {
			Region region = directory.region(i);
			String name = NameForms.clean(region.name());
			add(names, region.name(), i, Form.FULL);
			add(names, name, i, Form.FULL);
			for (String form : NameForms.shortForms(name, region.level())) {
				add(names, form, i, Form.SHORT);
			}
		}
		for (Alias alias : directory.aliases()) {
			Form form = switch (alias.kind()) {
				case FORMER -> Form.FORMER;
				case SHORT, ZONE -> Form.ALIAS;
			};
			add(names, alias.name(), directory.indexOf(alias.code()), form);
		}
		this.surfaces = new Surface[names.size()];
		int id = 0;
		for (Map.Entry<String, Map<Integer, Form>> name : names.entrySet()) {
			this.surfaces[id] = surface(name.getKey(), name.getValue(), commonWords);
			this.trie.add(name.getKey(), id);
			id++;
		}
	}

	/**
	 * The resolver over the data files shipped under {@code /regions}.
	 */
	static RegionResolver load(RegionDirectory directory) {
		return new RegionResolver(directory, RegionData.commonWords());
	}

	int names() {
		return this.surfaces.length;
	}

	/**
	 * Resolves a text without context.
	 */
	Resolution resolve(String text) {
		return resolve(text, null);
	}

	/**
	 * Resolves a text.
	 * @param text any text; {@code null}, empty, Latin-only or garbage give
	 * {@link Resolution#none()}
	 * @param withinCode the region the text is expected to be about (the campaign's
	 * inspected region), or {@code null}; an unknown code is ignored
	 * @return the resolution, never {@code null}
	 */
	Resolution resolve(String text, String withinCode) {
		if (text == null || text.isEmpty()) {
			return Resolution.none();
		}
		int context = this.directory.indexOf(withinCode);
		return new Run(text, context).resolve();
	}

	private static void add(Map<String, Map<Integer, Form>> names, String name, int region, Form form) {
		if (name.length() < 2) {
			return;
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("Name longer than " + MAX_NAME_LENGTH + " characters: " + name);
		}
		names.computeIfAbsent(name, (key) -> new HashMap<>(2)).merge(region, form, Form::stronger);
	}

	private Surface surface(String text, Map<Integer, Form> readings, Set<String> commonWords) {
		int[] regions = new int[readings.size()];
		int r = 0;
		for (int region : readings.keySet()) {
			regions[r++] = region;
		}
		Arrays.sort(regions);
		Form[] forms = new Form[regions.length];
		boolean named = false;
		int townships = 0;
		for (int k = 0; k < regions.length; k++) {
			forms[k] = readings.get(regions[k]);
			named |= forms[k] != Form.SHORT;
			if (forms[k] != Form.SHORT && this.directory.depth(regions[k]) == RegionLevel.TOWNSHIP.ordinal()) {
				townships++;
			}
		}
		boolean common = commonWords.contains(text);
		// a short form is not read as a division below another reading of the same text
		// (阜新 is 阜新市, not also 阜新蒙古族自治县 inside it)
		boolean[] dropped = new boolean[regions.length];
		for (int k = 0; k < regions.length; k++) {
			for (int j = 0; j < regions.length && forms[k] == Form.SHORT; j++) {
				if (j != k && this.directory.isAncestorOrSelf(regions[j], regions[k])) {
					dropped[k] = true;
				}
			}
		}
		int highest = Integer.MAX_VALUE;
		for (int k = 0; k < regions.length; k++) {
			if (!dropped[k] && forms[k] == Form.SHORT) {
				highest = Math.min(highest, this.directory.depth(regions[k]));
			}
		}
		List<Integer> kept = new ArrayList<>(regions.length);
		for (int k = 0; k < regions.length; k++) {
			if (!dropped[k]) {
				kept.add(k);
			}
		}
		int[] keptRegions = new int[kept.size()];
		float[] weights = new float[kept.size()];
		float[] weakWeights = new float[kept.size()];
		byte[] flags = new byte[kept.size()];
		for (int n = 0; n < kept.size(); n++) {
			int k = kept.get(n);
			int region = regions[k];
			int depth = this.directory.depth(region);
			boolean township = depth == RegionLevel.TOWNSHIP.ordinal();
			boolean isShort = forms[k] == Form.SHORT;
			boolean weak = common || (isShort && township)
					|| (township && NameForms.isGenericTownship(NameForms.clean(this.directory.region(region).name())));
			boolean conditional = weak || (isShort && named) || (isShort && depth > highest)
					|| (township && !isShort && townships > 1);
			keptRegions[n] = region;
			weakWeights[n] = (float) (WEAK * LEVEL_FACTOR[depth]);
			weights[n] = weak ? weakWeights[n] : (float) (forms[k].weight * LEVEL_FACTOR[depth]);
			flags[n] = (byte) ((conditional ? CONDITIONAL : 0) | (weak ? WEAK_ENTRY : 0) | (isShort ? SHORT_FORM : 0));
		}
		return new Surface(text, keptRegions, weights, weakWeights, flags);
	}

	private static double strength(double evidence) {
		return 1 - Math.exp(-evidence / STRENGTH_SCALE);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * How a name came to stand for a division.
	 */
	private enum Form {

		FULL(RegionResolver.FULL), FORMER(RegionResolver.FORMER), ALIAS(RegionResolver.ALIAS),
		SHORT(RegionResolver.SHORT);

		private final double weight;

		Form(double weight) {
			this.weight = weight;
		}

		static Form stronger(Form a, Form b) {
			return (a.ordinal() <= b.ordinal()) ? a : b;
		}

	}

	/**
	 * One name and every division it may stand for, sorted by region index.
	 */
	private record Surface(String text, int[] regions, float[] weights, float[] weakWeights, byte[] flags,
			boolean anyShortForm, boolean onlyShortForms) {

		Surface(String text, int[] regions, float[] weights, float[] weakWeights, byte[] flags) {
			this(text, regions, weights, weakWeights, flags, count(flags, SHORT_FORM) > 0,
					count(flags, SHORT_FORM) == flags.length);
		}

		private static int count(byte[] flags, byte flag) {
			int count = 0;
			for (byte each : flags) {
				count += ((each & flag) != 0) ? 1 : 0;
			}
			return count;
		}

	}

	/**
	 * The raw hits of a scan: start, end and surface id, three ints each.
	 */
	private static final class Hits implements NameTrie.Hits {

		int[] data = new int[48];

		int size;

		int longest;

		@Override
		public void found(int start, int end, int id) {
			if (3 * this.size + 3 > this.data.length) {
				this.data = Arrays.copyOf(this.data, this.data.length * 2);
			}
			this.data[3 * this.size] = start;
			this.data[3 * this.size + 1] = end;
			this.data[3 * this.size + 2] = id;
			this.size++;
			this.longest = Math.max(this.longest, end - start);
		}

		int start(int i) {
			return this.data[3 * i];
		}

		int end(int i) {
			return this.data[3 * i + 1];
		}

		int id(int i) {
			return this.data[3 * i + 2];
		}

	}

	/**
	 * One name found in the text, and which of its readings count in this text.
	 */
	private static final class Mention {

		final int start;

		final int end;

		final Surface surface;

		final boolean roadFollowed;

		boolean[] usable;

		/**
		 * Readings that would be weak but follow right after a mention of their ancestor
		 * (朝阳区双井, 尧都屯里): they count as a short form.
		 */
		boolean[] attached;

		Mention(int start, int end, Surface surface, boolean roadFollowed) {
			this.start = start;
			this.end = end;
			this.surface = surface;
			this.roadFollowed = roadFollowed;
		}

		boolean conditional(int k) {
			byte flags = this.surface.flags[k];
			return (flags & CONDITIONAL) != 0 || (this.roadFollowed && (flags & SHORT_FORM) != 0);
		}

		boolean weak(int k) {
			byte flags = this.surface.flags[k];
			return (flags & WEAK_ENTRY) != 0 || (this.roadFollowed && (flags & SHORT_FORM) != 0);
		}

		double weight(int k) {
			if (this.roadFollowed && (this.surface.flags[k] & SHORT_FORM) != 0) {
				return this.surface.weakWeights[k];
			}
			if (this.attached != null && this.attached[k]) {
				return Math.max(this.surface.weights[k], this.surface.weakWeights[k] * SHORT / WEAK);
			}
			return this.surface.weights[k];
		}

		/**
		 * The weight this mention lends a division: its best usable reading that is the
		 * division or one of its ancestors, or 0.
		 */
		double support(int[] chain, int chainLength) {
			double best = 0;
			for (int c = 0; c < chainLength; c++) {
				int k = Arrays.binarySearch(this.surface.regions, chain[c]);
				if (k >= 0 && this.usable[k]) {
					best = Math.max(best, weight(k));
				}
			}
			return best;
		}

		int supportDepth(RegionDirectory directory, int[] chain, int chainLength) {
			for (int c = 0; c < chainLength; c++) {
				int k = Arrays.binarySearch(this.surface.regions, chain[c]);
				if (k >= 0 && this.usable[k]) {
					return directory.depth(chain[c]);
				}
			}
			return -1;
		}

	}

	/**
	 * One resolution: the state of one call, confined to the calling thread.
	 */
	private final class Run {

		private final String text;

		private final int length;

		private final int context;

		private final List<Mention> mentions = new ArrayList<>();

		private final int[] chain = new int[4];

		Run(String text, int context) {
			this.text = text;
			this.length = Math.min(text.length(), MAX_SCANNED_CHARS);
			this.context = context;
		}

		Resolution resolve() {
			scan();
			if (this.mentions.isEmpty()) {
				return Resolution.none();
			}
			Anchors anchors = anchors();
			int[] candidates = candidates(anchors);
			if (candidates.length == 0) {
				return unresolved(hints(null, 0, 0));
			}
			double[] evidence = evidence(candidates);
			double[] score = new double[candidates.length];
			Integer[] order = new Integer[candidates.length];
			for (int i = 0; i < candidates.length; i++) {
				score[i] = evidence[i] + (within(candidates[i]) ? CONTEXT_BONUS : 0);
				order[i] = i;
			}
			Arrays.sort(order,
					Comparator.<Integer>comparingDouble((i) -> -score[i])
						.thenComparing((i) -> -directory.depth(candidates[i]))
						.thenComparing((i) -> directory.region(candidates[i]).code()));
			List<Integer> distinct = new ArrayList<>();
			for (int i : order) {
				boolean separate = true;
				for (int picked : distinct) {
					if (directory.onOneChain(candidates[picked], candidates[i])) {
						separate = false;
						break;
					}
				}
				if (separate) {
					distinct.add(i);
				}
			}
			double top = score[distinct.get(0)];
			double total = 0;
			for (int i : distinct) {
				total += Math.exp(SHARPNESS * (score[i] - top));
			}
			double[] share = new double[candidates.length];
			for (int i : distinct) {
				share[i] = Math.exp(SHARPNESS * (score[i] - top)) / total;
			}
			List<Integer> contenders = distinct.stream().filter((i) -> score[i] >= top - MARGIN).toList();
			int best = distinct.get(0);
			int[] span = span(candidates[best]);
			List<Resolution.Alternative> alternatives = new ArrayList<>();
			if (contenders.size() == 1) {
				List<Resolution.Alternative> hints = hints(candidates[best], top, total);
				double confidence = strength(evidence[best]) * share[best] * (hints.isEmpty() ? 1 : DEMOTED_PENALTY);
				for (int i : distinct.subList(1, distinct.size())) {
					alternatives.add(alternative(candidates[i], strength(evidence[i]) * share[i]));
				}
				for (Resolution.Alternative hint : hints) {
					alternatives.add(new Resolution.Alternative(hint.code(), hint.name(), hint.level(),
							Math.min(hint.confidence(), round(confidence / 2))));
				}
				return new Resolution(directory.region(candidates[best]).code(),
						directory.region(candidates[best]).name(), directory.region(candidates[best]).level(),
						round(confidence), matched(span), span[0], span[1], false,
						ranked(alternatives, candidates[best]));
			}
			int shared = commonAncestor(contenders.stream().mapToInt((i) -> candidates[i]).toArray());
			double sharedShare = 0;
			for (int i : distinct) {
				alternatives.add(alternative(candidates[i], strength(evidence[i]) * share[i]));
				if (shared >= 0 && directory.isAncestorOrSelf(shared, candidates[i])) {
					sharedShare += share[i];
				}
			}
			if (shared < 0) {
				return new Resolution(null, null, null, 0, matched(span), span[0], span[1], true, ranked(alternatives));
			}
			Region region = directory.region(shared);
			return new Resolution(region.code(), region.name(), region.level(),
					round(strength(evidence[best]) * sharedShare), matched(span), span[0], span[1], true,
					ranked(alternatives));
		}

		private void scan() {
			Hits found = new Hits();
			trie.scan(this.text, this.length, found);
			// keep only mentions not inside a longer one (尧都区 hides 尧都), and no short
			// form that straddles the end of an official name (侯马市北京路 holds no 市北);
			// hits come ordered by start, then end, so only close neighbours can matter
			for (int i = 0; i < found.size; i++) {
				int start = found.start(i);
				int end = found.end(i);
				Surface surface = surfaces[found.id(i)];
				boolean hidden = false;
				int from = i;
				while (from > 0 && found.start(from - 1) > start - found.longest) {
					from--;
				}
				for (int j = from; j < found.size && found.start(j) <= start && !hidden; j++) {
					if (j == i) {
						continue;
					}
					int otherStart = found.start(j);
					int otherEnd = found.end(j);
					Surface other = surfaces[found.id(j)];
					boolean inside = otherStart <= start && otherEnd >= end && (otherEnd - otherStart) > (end - start);
					boolean straddles = otherStart < start && start < otherEnd && otherEnd < end
							&& surface.onlyShortForms() && !other.onlyShortForms() && !below(surface, other);
					hidden = inside || straddles;
				}
				if (!hidden) {
					this.mentions.add(new Mention(start, end, surface, roadFollows(end, surface)));
				}
			}
		}

		/**
		 * Whether a reading of {@code lower} lies below a reading of {@code upper} (青岛市北:
		 * 市北区 lies in 青岛市, so the shared 市 is read twice).
		 */
		private boolean below(Surface lower, Surface upper) {
			for (int a : upper.regions) {
				for (int b : lower.regions) {
					if (a != b && directory.isAncestorOrSelf(a, b)) {
						return true;
					}
				}
			}
			return false;
		}

		private boolean roadFollows(int end, Surface surface) {
			if (end >= this.length) {
				return false;
			}
			if (!surface.anyShortForm()) {
				return false;
			}
			if (ROAD_CHARS.indexOf(this.text.charAt(end)) >= 0) {
				return true;
			}
			for (String word : ROAD_WORDS) {
				if (this.text.startsWith(word, end)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The firm readings (and the context, as mention -1) that conditional readings
		 * may lean on: each region with the mentions it was read from.
		 */
		private Anchors anchors() {
			Anchors anchors = new Anchors();
			for (int m = 0; m < this.mentions.size(); m++) {
				Mention mention = this.mentions.get(m);
				for (int k = 0; k < mention.surface.regions.length; k++) {
					if (!mention.conditional(k)) {
						anchors.add(mention.surface.regions[k], m);
					}
				}
			}
			if (this.context >= 0) {
				anchors.add(this.context, -1);
			}
			return anchors;
		}

		private int[] candidates(Anchors anchors) {
			int[] found = new int[16];
			int count = 0;
			for (int m = 0; m < this.mentions.size(); m++) {
				Mention mention = this.mentions.get(m);
				int[] regions = mention.surface.regions;
				mention.usable = new boolean[regions.length];
				mention.attached = new boolean[regions.length];
				boolean firm = false;
				for (int k = 0; k < regions.length; k++) {
					firm |= !mention.conditional(k);
				}
				for (int k = 0; k < regions.length; k++) {
					int grounding = mention.conditional(k) ? grounding(regions[k], m, anchors) : FIRM;
					mention.usable[k] = grounding != UNGROUNDED;
					mention.attached[k] = grounding == ATTACHED && !firm && mention.weak(k) && !mention.roadFollowed;
					if (mention.usable[k]) {
						if (count == found.length) {
							found = Arrays.copyOf(found, count * 2);
						}
						found[count++] = regions[k];
					}
				}
			}
			return Arrays.stream(found, 0, count).distinct().toArray();
		}

		/**
		 * Whether a conditional reading has a firm reading (or the context) on its line
		 * of descent: an ancestor at most two levels up, or a descendant.
		 * {@link #ATTACHED} when that ancestor's mention ends right where this one
		 * starts.
		 */
		private int grounding(int region, int mention, Anchors anchors) {
			int start = this.mentions.get(mention).start;
			int grounding = UNGROUNDED;
			for (int above = region; above >= 0
					&& directory.depth(region) - directory.depth(above) <= 2; above = directory.parent(above)) {
				for (int from : anchors.readers(above)) {
					if (from == mention) {
						continue;
					}
					if (from >= 0 && above != region) {
						int end = this.mentions.get(from).end;
						if (end <= start && end >= start - 1) {
							return ATTACHED;
						}
					}
					grounding = GROUNDED;
				}
			}
			if (grounding == UNGROUNDED) {
				for (int from : anchors.readersBelow(region)) {
					if (from != mention) {
						return GROUNDED;
					}
				}
			}
			return grounding;
		}

		/**
		 * Firm readings by region, and by every ancestor of those regions.
		 */
		private final class Anchors {

			private static final int[] NONE = new int[0];

			private final Map<Integer, int[]> readers = new HashMap<>();

			private final Map<Integer, int[]> readersBelow = new HashMap<>();

			void add(int region, int mention) {
				append(this.readers, region, mention);
				for (int above = directory.parent(region); above >= 0; above = directory.parent(above)) {
					append(this.readersBelow, above, mention);
				}
			}

			int[] readers(int region) {
				return this.readers.getOrDefault(region, NONE);
			}

			int[] readersBelow(int region) {
				return this.readersBelow.getOrDefault(region, NONE);
			}

			private static void append(Map<Integer, int[]> map, int region, int mention) {
				int[] old = map.get(region);
				if (old == null) {
					map.put(region, new int[] { mention });
				}
				else if (old[old.length - 1] != mention && old.length < 8) {
					int[] grown = Arrays.copyOf(old, old.length + 1);
					grown[old.length] = mention;
					map.put(region, grown);
				}
			}

		}

		private int chainOf(int region) {
			int n = 0;
			for (int i = region; i >= 0; i = directory.parent(i)) {
				this.chain[n++] = i;
			}
			return n;
		}

		/**
		 * Each candidate's evidence: over all mentions, the weight of the mention's best
		 * usable reading that is the candidate or one of its ancestors. Computed from the
		 * readings down, so that a long text with many mentions stays linear.
		 */
		private double[] evidence(int[] candidates) {
			Map<Integer, int[]> holders = new HashMap<>();
			for (int c = 0; c < candidates.length; c++) {
				for (int above = candidates[c]; above >= 0; above = directory.parent(above)) {
					int[] old = holders.get(above);
					int[] grown = (old == null) ? new int[1] : Arrays.copyOf(old, old.length + 1);
					grown[grown.length - 1] = c;
					holders.put(above, grown);
				}
			}
			double[] evidence = new double[candidates.length];
			double[] best = new double[candidates.length];
			int[] seen = new int[candidates.length];
			Arrays.fill(seen, -1);
			int[] touched = new int[candidates.length];
			for (int m = 0; m < this.mentions.size(); m++) {
				Mention mention = this.mentions.get(m);
				int count = 0;
				for (int k = 0; k < mention.surface.regions.length; k++) {
					if (!mention.usable[k]) {
						continue;
					}
					int[] holding = holders.get(mention.surface.regions[k]);
					if (holding == null) {
						continue;
					}
					double weight = mention.weight(k);
					for (int c : holding) {
						if (seen[c] != m) {
							seen[c] = m;
							best[c] = weight;
							touched[count++] = c;
						}
						else {
							best[c] = Math.max(best[c], weight);
						}
					}
				}
				for (int t = 0; t < count; t++) {
					evidence[touched[t]] += best[touched[t]];
				}
			}
			return evidence;
		}

		private boolean within(int candidate) {
			return this.context >= 0 && directory.isAncestorOrSelf(this.context, candidate);
		}

		/**
		 * The text the answer rests on: the mention of the deepest division on the
		 * winner's line, widened to the supporting mentions right next to it (山西省临汾市尧都区).
		 */
		private int[] span(int candidate) {
			int n = chainOf(candidate);
			List<Mention> support = new ArrayList<>();
			Mention core = null;
			int coreDepth = -1;
			for (Mention mention : this.mentions) {
				int depth = mention.supportDepth(directory, this.chain, n);
				if (depth >= 0) {
					support.add(mention);
					if (depth > coreDepth) {
						core = mention;
						coreDepth = depth;
					}
				}
			}
			if (core == null) {
				return new int[] { -1, -1 };
			}
			int start = core.start;
			int end = core.end;
			boolean widened = true;
			while (widened) {
				widened = false;
				for (Mention mention : support) {
					if (mention.end <= start && mention.end >= start - 2 && mention.start < start) {
						start = mention.start;
						widened = true;
					}
					if (mention.start >= end && mention.start <= end + 2 && mention.end > end) {
						end = mention.end;
						widened = true;
					}
				}
			}
			return new int[] { start, end };
		}

		private String matched(int[] span) {
			return (span[0] >= 0) ? this.text.substring(span[0], span[1]) : null;
		}

		/**
		 * Readings that were set aside because nothing else in the text supports them
		 * (the other 城关镇s, 北京朝阳区 next to 朝阳市): shown as alternatives. With a winner, only
		 * those from the mentions that support it.
		 */
		private List<Resolution.Alternative> hints(Integer winner, double top, double total) {
			int n = (winner != null) ? chainOf(winner) : 0;
			List<int[]> found = new ArrayList<>();
			for (int m = 0; m < this.mentions.size(); m++) {
				Mention mention = this.mentions.get(m);
				if (winner != null && mention.support(this.chain, n) == 0) {
					continue;
				}
				for (int k = 0; k < mention.surface.regions.length; k++) {
					if (!mention.usable[k] && !mention.weak(k)) {
						found.add(new int[] { mention.surface.regions[k], k, m });
					}
				}
			}
			List<Resolution.Alternative> hints = new ArrayList<>();
			for (int[] hint : found) {
				Mention mention = this.mentions.get(hint[2]);
				double weight = mention.weight(hint[1]);
				double share = (winner != null) ? Math.exp(SHARPNESS * (weight - top)) / total : 1.0 / found.size();
				hints.add(alternative(hint[0], strength(weight) * share));
			}
			return hints;
		}

		private Resolution unresolved(List<Resolution.Alternative> hints) {
			if (hints.isEmpty()) {
				return Resolution.none();
			}
			Mention first = null;
			for (Mention mention : this.mentions) {
				for (int k = 0; k < mention.surface.regions.length && first == null; k++) {
					if (!mention.weak(k)) {
						first = mention;
					}
				}
			}
			if (first == null) {
				return Resolution.none();
			}
			return new Resolution(null, null, null, 0, this.text.substring(first.start, first.end), first.start,
					first.end, true, ranked(hints));
		}

		private int commonAncestor(int[] regions) {
			int shared = regions[0];
			for (int region : regions) {
				while (shared >= 0 && !directory.isAncestorOrSelf(shared, region)) {
					shared = directory.parent(shared);
				}
			}
			return shared;
		}

		private Resolution.Alternative alternative(int region, double confidence) {
			Region r = directory.region(region);
			return new Resolution.Alternative(r.code(), r.name(), r.level(), round(confidence));
		}

		private List<Resolution.Alternative> ranked(List<Resolution.Alternative> alternatives) {
			return ranked(alternatives, null);
		}

		/**
		 * Best first, one per division, none on the answer's own line of descent.
		 */
		private List<Resolution.Alternative> ranked(List<Resolution.Alternative> alternatives, Integer answer) {
			List<Resolution.Alternative> sorted = alternatives.stream()
				.sorted(Comparator.comparingDouble(Resolution.Alternative::confidence)
					.reversed()
					.thenComparing(Resolution.Alternative::code))
				.toList();
			List<Resolution.Alternative> ranked = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Resolution.Alternative alternative : sorted) {
				int index = directory.indexOf(alternative.code());
				boolean onAnswerLine = answer != null && directory.onOneChain(answer, index);
				if (!onAnswerLine && seen.add(alternative.code()) && ranked.size() < MAX_ALTERNATIVES) {
					ranked.add(alternative);
				}
			}
			return ranked;
		}

	}

}
