package org.ducha.similarity;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine compares about one complaint, derived once when it is indexed
 * (and stored with it) or checked.
 *
 * @param cores core names of the reported object (and its former names); when it has
 * none, of the sites named in the description
 * @param nameSource where the cores come from
 * @param kind the kind of site, or {@code null}
 * @param kindFromName whether the kind was read from the reported object's name (rather
 * than from the description)
 * @param places place tokens from name, address, location and description
 * ({@link Places})
 * @param region the six-digit county, or {@code null}
 * @param day the day of receipt (epoch day, UTC+8)
 * @param problemTypes problem type codes
 * @param words segmented words of the description, without boilerplate
 */
record SiteProfile(List<String> cores, NameSource nameSource, SiteKind kind, boolean kindFromName, Set<String> places,
		String region, long day, Set<String> problemTypes, Set<String> words) {

	static final int MAX_WORDS = 48;

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	static SiteProfile of(ComplaintDocument complaint) {
		List<SiteName> names = SiteNames.parseWithAliases(complaint.reportedObjectName());
		String description = ChineseText.fold(complaint.description());
		List<String> cores = new ArrayList<>();
		SiteKind kind = null;
		Set<String> places = new LinkedHashSet<>();
		boolean placeCores = true;
		for (SiteName name : names) {
			if (name.hasCore() && !cores.contains(name.core())) {
				cores.add(name.core());
				placeCores &= name.placeCore();
			}
			if (kind == null) {
				kind = name.kind();
			}
			places.addAll(name.places());
		}
		NameSource source = cores.isEmpty() ? NameSource.NONE : placeCores ? NameSource.PLACE : NameSource.NAME;
		boolean kindFromName = kind != null;
		if (cores.isEmpty() || kind == null) {
			for (SiteName mentioned : SiteNames.mentioned(description)) {
				if (source == NameSource.NONE && mentioned.hasCore() && !mentioned.placeCore()
						&& !cores.contains(mentioned.core())) {
					cores.add(mentioned.core());
				}
				if (kind == null) {
					kind = mentioned.kind();
				}
			}
			if (source == NameSource.NONE && !cores.isEmpty()) {
				source = NameSource.DESCRIPTION;
			}
		}
		if (kind == null) {
			kind = SiteNames.kindIn(description);
		}
		places.addAll(Places.of(ChineseText.fold(complaint.reportedObjectAddress())));
		places.addAll(Places.of(ChineseText.fold(complaint.location())));
		places.addAll(Places.of(description));
		Set<String> words = new LinkedHashSet<>();
		for (String word : ChineseText.words(description)) {
			if (words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		String region = validRegion(complaint.regionCode());
		long day = complaint.receivedAt().atOffset(CHINA).toLocalDate().toEpochDay();
		return new SiteProfile(List.copyOf(cores), source, kind, kindFromName, Set.copyOf(places), region, day,
				Set.copyOf(complaint.problemTypes()), Set.copyOf(words));
	}

	static String validRegion(String code) {
		return (code != null && code.matches("[1-9][0-9]{5}")) ? code : null;
	}

	/**
	 * Character bigrams of a core name, for partial name matches (鑫源 in 鑫源丰).
	 */
	static List<String> bigrams(String core) {
		List<String> grams = new ArrayList<>();
		for (int i = 0; i + 2 <= core.length(); i++) {
			grams.add(core.substring(i, i + 2));
		}
		return grams;
	}

	/**
	 * Where a profile's core names come from.
	 */
	enum NameSource {

		/** The reported object's trade name (鑫源砖厂). */
		NAME,

		/** The reported object is named after its village or compound only (东关村养猪场). */
		PLACE,

		/** A site named in the description. */
		DESCRIPTION,

		/** No core name. */
		NONE

	}

}
