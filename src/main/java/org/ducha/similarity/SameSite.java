package org.ducha.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.hankcs.hanlp.HanLP;

/**
 * The re-scoring function: how likely two complaints concern the same site, 0..1, with
 * the evidence. Points are added (or taken) per kind of evidence and the sum is clipped
 * to 0..1. The weights were set on the tuning part of the evaluation corpus (see
 * docs/similarity.md):
 *
 * <table>
 * <tr>
 * <th>evidence</th>
 * <th>points</th>
 * </tr>
 * <tr>
 * <td>same core name (鑫源 = 鑫源)</td>
 * <td>+0.50</td>
 * </tr>
 * <tr>
 * <td>one core contains the other, both start with the same two characters, or they sound
 * the same (鑫源 / 临汾鑫源; 鼎盛消纳 / 鼎盛建筑垃圾消纳; 恒鑫 / 恒新)</td>
 * <td>+0.425</td>
 * </tr>
 * <tr>
 * <td>cores share at least half their bigrams</td>
 * <td>+0.25 × Dice</td>
 * </tr>
 * <tr>
 * <td>a core is the other's village or compound (东关 / 东关村的养猪场)</td>
 * <td>+0.20</td>
 * </tr>
 * <tr>
 * <td>both name the site by trade name and the names share nothing</td>
 * <td>−0.25 (−0.10 when a name was read from a description; nothing when one is named
 * after its village)</td>
 * </tr>
 * <tr>
 * <td>place tokens in common, weighted by type (house number 0.8, village group 0.6,
 * compound 0.45, village 0.35, road 0.2, landmark 0.2, zone 0.15, town 0.1), capped at
 * 1</td>
 * <td>+0.45 × sum</td>
 * </tr>
 * <tr>
 * <td>same road, different house number / both name towns, villages or compounds and none
 * agrees</td>
 * <td>−0.15 / −0.15, −0.10, −0.10</td>
 * </tr>
 * <tr>
 * <td>same county / different county</td>
 * <td>+0.15 / −0.40</td>
 * </tr>
 * <tr>
 * <td>same kind of site / related kind / different family</td>
 * <td>+0.10 / +0.03 / −0.20 (−0.10 when a kind was read from a description)</td>
 * </tr>
 * <tr>
 * <td>description words (Dice coefficient)</td>
 * <td>+0.15 × Dice</td>
 * </tr>
 * <tr>
 * <td>problem types shared (× Jaccard) / none shared / none shared, a year or more
 * apart</td>
 * <td>+0.05 / −0.05 / −0.20</td>
 * </tr>
 * <tr>
 * <td>more than two years apart</td>
 * <td>−0.05</td>
 * </tr>
 * </table>
 */
final class SameSite {

	static final Map<String, Double> PLACE_WEIGHTS = Map.of(Places.NUMBER, 0.8, Places.GROUP, 0.6, Places.COMMUNITY,
			0.45, Places.VILLAGE, 0.35, Places.ROAD, 0.2, Places.LANDMARK, 0.2, Places.ZONE, 0.15, Places.TOWN, 0.1);

	/** What all common place tokens together can add. */
	static final double PLACE_FACTOR = 0.45;

	/**
	 * Types of place a site has only one of, and what naming two different ones takes
	 * away.
	 */
	private static final Map<String, Double> PLACE_CONFLICTS = Map.of(Places.TOWN, -0.15, Places.VILLAGE, -0.1,
			Places.COMMUNITY, -0.1);

	private static final Set<String> SPECIFIC_PLACES = Set.of(Places.NUMBER, Places.GROUP, Places.COMMUNITY,
			Places.VILLAGE);

	private SameSite() {
	}

	static SimilarHit score(SiteProfile probe, UUID candidateId, String receiptNumber, SiteProfile candidate) {
		List<Reason> reasons = new ArrayList<>();
		names(probe, candidate, reasons);
		places(probe, candidate, reasons);
		county(probe, candidate, reasons);
		kinds(probe, candidate, reasons);
		words(probe, candidate, reasons);
		long days = Math.abs(probe.day() - candidate.day());
		problems(probe, candidate, days, reasons);
		double sum = 0;
		for (Reason reason : reasons) {
			sum += reason.weight();
		}
		reasons.sort(Comparator.comparingDouble((Reason reason) -> -Math.abs(reason.weight())));
		double apart = (days > 730) ? -0.05 : 0;
		reasons.add(new Reason(ReasonKind.DAYS_APART, Long.toString(days), apart));
		double score = Math.max(0, Math.min(1, sum + apart));
		return new SimilarHit(candidateId, receiptNumber, Math.round(score * 1000) / 1000.0, reasons, days);
	}

	/**
	 * How alike two core names are: 1 when equal; 0.85 when one contains the other, both
	 * start with the same two characters (a trade name comes first), or both sound the
	 * same (恒鑫 / 恒新: a name heard on the phone); else the Dice coefficient of their
	 * character bigrams.
	 */
	static double nameSimilarity(String one, String other) {
		if (one.equals(other)) {
			return 1;
		}
		String shorter = (one.length() <= other.length()) ? one : other;
		String longer = (shorter == one) ? other : one;
		if (shorter.length() >= 2 && (longer.contains(shorter) || longer.startsWith(shorter.substring(0, 2)))) {
			return 0.85;
		}
		if (one.length() == other.length() && one.length() >= 2 && pinyin(one).equals(pinyin(other))) {
			return 0.85;
		}
		List<String> a = SiteProfile.bigrams(one);
		List<String> b = SiteProfile.bigrams(other);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(new HashSet<>(b));
		return 2.0 * common.size() / (new HashSet<>(a).size() + new HashSet<>(b).size());
	}

	private static String pinyin(String text) {
		return HanLP.convertToPinyinString(text, "", false);
	}

	private static void names(SiteProfile probe, SiteProfile candidate, List<Reason> reasons) {
		boolean byPlace = probe.nameSource() == SiteProfile.NameSource.PLACE
				|| candidate.nameSource() == SiteProfile.NameSource.PLACE;
		if (!probe.cores().isEmpty() && !candidate.cores().isEmpty()) {
			double best = 0;
			String pair = "";
			for (String one : probe.cores()) {
				for (String other : candidate.cores()) {
					double similarity = nameSimilarity(one, other);
					if (similarity > best) {
						best = similarity;
						pair = one.equals(other) ? one : one + " ~ " + other;
					}
				}
			}
			if (best >= 0.85) {
				reasons.add(new Reason(ReasonKind.SAME_REPORTED_OBJECT, pair, 0.5 * best));
				return;
			}
			if (best >= 0.5) {
				reasons.add(new Reason(ReasonKind.SIMILAR_REPORTED_OBJECT, pair, 0.25 * best));
				return;
			}
			if (best == 0 && !byPlace) {
				boolean bothNamed = probe.nameSource() == SiteProfile.NameSource.NAME
						&& candidate.nameSource() == SiteProfile.NameSource.NAME;
				reasons.add(new Reason(ReasonKind.DIFFERENT_REPORTED_OBJECT,
						probe.cores().get(0) + " ≠ " + candidate.cores().get(0), bothNamed ? -0.25 : -0.1));
				return;
			}
		}
		String village = coreIsPlaceOf(probe, candidate);
		if (village == null) {
			village = coreIsPlaceOf(candidate, probe);
		}
		if (village != null) {
			reasons.add(new Reason(ReasonKind.SIMILAR_REPORTED_OBJECT, village, 0.2));
		}
	}

	private static String coreIsPlaceOf(SiteProfile named, SiteProfile placed) {
		for (String core : named.cores()) {
			for (String place : placed.places()) {
				String type = Places.type(place);
				if ((Places.VILLAGE.equals(type) || Places.COMMUNITY.equals(type) || Places.TOWN.equals(type))
						&& Places.name(place).equals(core)) {
					return core;
				}
			}
		}
		return null;
	}

	private static void places(SiteProfile probe, SiteProfile candidate, List<Reason> reasons) {
		Set<String> common = new TreeSet<>(probe.places());
		common.retainAll(candidate.places());
		double specific = 0;
		double area = 0;
		double landmark = 0;
		List<String> specificTokens = new ArrayList<>();
		List<String> areaTokens = new ArrayList<>();
		List<String> landmarkTokens = new ArrayList<>();
		for (String token : common) {
			String type = Places.type(token);
			double weight = PLACE_WEIGHTS.getOrDefault(type, 0.0);
			if (SPECIFIC_PLACES.contains(type)) {
				specific += weight;
				specificTokens.add(token);
			}
			else if (Places.LANDMARK.equals(type)) {
				landmark += weight;
				landmarkTokens.add(token);
			}
			else {
				area += weight;
				areaTokens.add(token);
			}
		}
		double total = specific + area + landmark;
		double scale = PLACE_FACTOR * ((total > 1) ? 1 / total : 1);
		if (specific > 0) {
			reasons.add(new Reason(ReasonKind.SAME_ADDRESS, String.join(" ", specificTokens), specific * scale));
		}
		if (area > 0) {
			reasons.add(new Reason(ReasonKind.SAME_AREA, String.join(" ", areaTokens), area * scale));
		}
		if (landmark > 0) {
			reasons.add(new Reason(ReasonKind.SAME_LANDMARK, String.join(" ", landmarkTokens), landmark * scale));
		}
		String conflict = numberConflict(probe.places(), candidate.places());
		if (conflict != null) {
			reasons.add(new Reason(ReasonKind.DIFFERENT_ADDRESS, conflict, -0.15));
		}
		for (Map.Entry<String, Double> type : PLACE_CONFLICTS.entrySet()) {
			String different = typeConflict(probe.places(), candidate.places(), type.getKey());
			if (different != null) {
				reasons.add(new Reason(ReasonKind.DIFFERENT_ADDRESS, different, type.getValue()));
			}
		}
	}

	/**
	 * The first road on which the two give different house numbers and no common one.
	 */
	private static String numberConflict(Set<String> one, Set<String> other) {
		for (String token : one) {
			if (!Places.NUMBER.equals(Places.type(token)) || other.contains(token)) {
				continue;
			}
			String road = Places.name(token);
			for (String theirs : other) {
				if (Places.NUMBER.equals(Places.type(theirs)) && Places.name(theirs).equals(road)
						&& !one.contains(theirs)) {
					return token + " ≠ " + theirs;
				}
			}
		}
		return null;
	}

	/**
	 * When both name places of {@code type} (towns, villages, compounds) and none agrees
	 * (a name that ends with the other's counts as agreeing: 县化峪 / 化峪).
	 */
	private static String typeConflict(Set<String> one, Set<String> other, String type) {
		List<String> mine = one.stream().filter((token) -> type.equals(Places.type(token))).sorted().toList();
		List<String> theirs = other.stream().filter((token) -> type.equals(Places.type(token))).sorted().toList();
		if (mine.isEmpty() || theirs.isEmpty()) {
			return null;
		}
		for (String token : mine) {
			String name = Places.name(token);
			for (String their : theirs) {
				String theirName = Places.name(their);
				if (name.endsWith(theirName) || theirName.endsWith(name)) {
					return null;
				}
			}
		}
		return String.join(" ", mine) + " ≠ " + String.join(" ", theirs);
	}

	private static void county(SiteProfile probe, SiteProfile candidate, List<Reason> reasons) {
		if (probe.region() == null || candidate.region() == null) {
			return;
		}
		if (probe.region().equals(candidate.region())) {
			reasons.add(new Reason(ReasonKind.SAME_COUNTY, probe.region(), 0.15));
		}
		else {
			reasons.add(new Reason(ReasonKind.DIFFERENT_COUNTY, probe.region() + " ≠ " + candidate.region(), -0.4));
		}
	}

	private static void kinds(SiteProfile probe, SiteProfile candidate, List<Reason> reasons) {
		switch (SiteKind.compare(probe.kind(), candidate.kind())) {
			case SAME -> reasons.add(new Reason(ReasonKind.SAME_KIND_OF_SITE, probe.kind().name(), 0.1));
			case RELATED -> reasons.add(new Reason(ReasonKind.SAME_KIND_OF_SITE,
					probe.kind().name() + " ~ " + candidate.kind().name(), 0.03));
			case DIFFERENT -> reasons.add(
					new Reason(ReasonKind.DIFFERENT_KIND_OF_SITE, probe.kind().name() + " ≠ " + candidate.kind().name(),
							(probe.kindFromName() && candidate.kindFromName()) ? -0.2 : -0.1));
			case UNKNOWN -> {
			}
		}
	}

	private static void words(SiteProfile probe, SiteProfile candidate, List<Reason> reasons) {
		if (probe.words().isEmpty() || candidate.words().isEmpty()) {
			return;
		}
		Set<String> common = new TreeSet<>(probe.words());
		common.retainAll(candidate.words());
		if (common.isEmpty()) {
			return;
		}
		double dice = 2.0 * common.size() / (probe.words().size() + candidate.words().size());
		String shown = String.join(" ", common.stream().limit(6).toList());
		reasons.add(new Reason(ReasonKind.OVERLAPPING_WORDS, shown, 0.15 * dice));
	}

	private static void problems(SiteProfile probe, SiteProfile candidate, long days, List<Reason> reasons) {
		if (probe.problemTypes().isEmpty() || candidate.problemTypes().isEmpty()) {
			return;
		}
		Set<String> common = new TreeSet<>(probe.problemTypes());
		common.retainAll(candidate.problemTypes());
		if (!common.isEmpty()) {
			Set<String> union = new HashSet<>(probe.problemTypes());
			union.addAll(candidate.problemTypes());
			reasons.add(new Reason(ReasonKind.SAME_PROBLEM_TYPE, String.join(" ", common),
					0.05 * common.size() / union.size()));
			return;
		}
		double weight = (days > 365) ? -0.2 : -0.05;
		reasons.add(new Reason(ReasonKind.DIFFERENT_PROBLEM_TYPE, String.join(" ", new TreeSet<>(probe.problemTypes()))
				+ " ≠ " + String.join(" ", new TreeSet<>(candidate.problemTypes())), weight));
	}

}
