package org.ducha.similarity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the name of a reported object (被举报对象) to a comparable core, so that 尧都区鑫源砖厂,
 * 鑫源砖厂 and 临汾鑫源建材有限公司 all become 鑫源:
 * <ol>
 * <li>fold the text ({@link ChineseText#fold}: half-width, simplified, lower case);</li>
 * <li>keep a former name in brackets as an alias ({@code （原鑫达砖厂）}), drop other bracketed
 * words ({@code （普通合伙）});</li>
 * <li>split off a location written before 的, 某, 旁, 楼下 … (东关村北边的养猪场, 星沙街道某搅拌站,
 * 金华苑楼下商铺);</li>
 * <li>strip from the end, repeatedly, the longest of: legal forms (有限公司, 厂, 店, 合作社 …),
 * kinds of site (砖瓦, 化工, 烧烤 …, which give the {@link SiteKind}) and generic words (科技, 实业
 * …), never leaving a single character;</li>
 * <li>strip from the front determiners (某, 无名 …) and place names: provinces, cities and
 * counties with or without their suffix (临汾, 尧都区), towns, villages, roads (魏村镇, 东关村,
 * 解放路23号).</li>
 * </ol>
 * A strip that would leave nothing is not made, except that a village or residential
 * compound left alone becomes the core (东关村养猪场 → 东关, 锦绣花园 → 锦绣), so 东关养殖场 and 东关村养猪场
 * agree; a road, house number or village group alone leaves no core (解放路23号饭店).
 */
final class SiteNames {

	private static final List<String> FORMS = WordLists.longestFirst(WordLists.read("organisation-forms"));

	private static final List<String> GENERIC = WordLists.longestFirst(WordLists.read("generic-name-words"));

	private static final List<String> DETERMINERS = WordLists.longestFirst(WordLists.read("name-determiners"));

	private static final Map<String, String> KINDS = WordLists.readPairs("site-kinds");

	private static final Pattern BRACKETS = Pattern.compile("[(\\[【《<]([^)\\]】》>]*)[)\\]】》>]");

	/** Where a location ends and the site begins: 东关村北边的养猪场, 星沙街道某搅拌站, 金华苑楼下商铺. */
	private static final Pattern LOCATION_END = Pattern.compile("的|某|楼下|门口|旁边|隔壁|对面|附近|旁");

	private static final Pattern LOCAL_PREFIX = Pattern.compile("^([\\p{IsHan}0-9]{1,5}?)"
			+ "(镇|乡|街道|办事处|开发区|工业园区|工业园|园区|社区|村委会|村|小区|花园|家园|公寓|大厦|苑|大街|大道|路|街|巷|号院|号楼|号|组|队)"
			+ "(?![镇乡街办开工园社村路号组小花家公大苑])");

	/** Site mentions in free text: 鑫源砖厂, 某某化工有限公司, 王记烧烤店. */
	private static final Pattern MENTION = Pattern.compile("[\\p{IsHan}a-z0-9]{2,14}?(有限责任公司|有限公司|公司|合作社|厂|场|站|店|馆|窑)");

	private static final Pattern MENTION_START = Pattern
		.compile(".*(反映|举报|投诉|来电|来信|来访|称|说|是|有|在|位于|对|向|把|被|与|和|及|等" + "|一家|一个|这家|那家|个|原|边上|旁边|附近|对面|门口|隔壁|里|内|上)");

	/** Site nouns a description may name the kind of site by without a legal form. */
	private static final Set<String> SITE_NOUNS = Set.of("ktv", "工地", "小区", "酒楼", "火锅", "烧烤", "农家乐", "物业", "楼盘", "酒吧",
			"网吧", "歌厅", "饭馆", "餐馆", "饭店", "宾馆", "超市", "菜市场", "医院", "学校", "幼儿园", "加油站", "采石场", "沙场", "养猪场", "养鸡场", "养殖场",
			"猪场", "鸡场", "洗车", "汽修", "修车", "修理厂", "搅拌站", "砖窑", "石料厂", "洗煤厂", "焦化厂", "化工厂", "冷库", "收废品", "废品站");

	private static final String SITE_SUFFIXES = "厂场站店馆园院所室城窑吧摊";

	private SiteNames() {
	}

	/**
	 * The comparable form of a reported object's name.
	 * @param name the name as written, may be {@code null}
	 */
	static SiteName parse(String name) {
		List<SiteName> names = parseWithAliases(name);
		return names.isEmpty() ? SiteName.NONE : names.get(0);
	}

	/**
	 * The name and any former names in brackets ({@code 鑫源砖厂（原鑫达砖厂）}).
	 */
	static List<SiteName> parseWithAliases(String name) {
		String folded = ChineseText.fold(name);
		List<SiteName> names = new ArrayList<>();
		if (folded.isEmpty()) {
			return names;
		}
		List<String> aliases = new ArrayList<>();
		Matcher brackets = BRACKETS.matcher(folded);
		StringBuilder main = new StringBuilder();
		while (brackets.find()) {
			String inside = brackets.group(1);
			if (inside.startsWith("原") && inside.length() > 2) {
				aliases.add(inside.substring(1));
			}
			brackets.appendReplacement(main, "");
		}
		brackets.appendTail(main);
		names.add(reduce(main.toString()));
		for (String alias : aliases) {
			SiteName reduced = reduce(alias);
			if (reduced.hasCore()) {
				names.add(reduced);
			}
		}
		return names;
	}

	/**
	 * Site names mentioned in a complaint's free text, reduced like reported-object names
	 * (只知道是东关村的鑫源砖厂 → 鑫源).
	 */
	static List<SiteName> mentioned(String foldedText) {
		List<SiteName> names = new ArrayList<>();
		Matcher mention = MENTION.matcher(foldedText);
		while (mention.find()) {
			String text = mention.group();
			Matcher start = MENTION_START.matcher(text.substring(0, text.length() - mention.group(1).length()));
			if (start.lookingAt()) {
				text = text.substring(start.end());
			}
			SiteName name = reduce(text);
			if (name.core().length() == 1) {
				name = new SiteName("", false, name.kind(), name.places());
			}
			if (name.hasCore() || name.kind() != null) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The first kind of site a text names with a site noun (砖厂, 工地, 烧烤 …), for complaints
	 * without a reported object. Problem words that are also kinds (垃圾, 污水, 锅炉) do not
	 * count.
	 */
	static SiteKind kindIn(String foldedText) {
		int best = Integer.MAX_VALUE;
		SiteKind kind = null;
		for (Map.Entry<String, String> entry : KINDS.entrySet()) {
			String word = entry.getKey();
			if (word.length() < 2) {
				continue;
			}
			int at = foldedText.indexOf(word);
			while (at >= 0 && !namesASite(foldedText, word, at)) {
				at = foldedText.indexOf(word, at + 1);
			}
			if (at >= 0 && at < best) {
				best = at;
				kind = SiteKind.valueOf(entry.getValue());
			}
		}
		return kind;
	}

	private static boolean namesASite(String text, String word, int at) {
		if (SITE_NOUNS.contains(word)) {
			return true;
		}
		int after = at + word.length();
		return after < text.length() && SITE_SUFFIXES.indexOf(text.charAt(after)) >= 0;
	}

	static SiteName reduce(String foldedName) {
		String text = foldedName;
		Set<String> places = new LinkedHashSet<>();
		Matcher location = LOCATION_END.matcher(text);
		int split = -1;
		int splitEnd = -1;
		boolean unnamed = false;
		while (location.find()) {
			if (location.end() < text.length()) {
				split = location.start();
				splitEnd = location.end();
				unnamed = "某".equals(location.group());
			}
		}
		if (split > 0) {
			String where = text.substring(0, split);
			Set<String> found = Places.of(where);
			places.addAll(found);
			String bare = ChineseText.wordCharsOnly(where);
			if (found.isEmpty() && bare.length() >= 2 && bare.length() <= 6 && !Places.isPlaceName(bare)) {
				// 四方坪某菜市场, 湘江世纪城旁工地: a place without a unit
				places.add((unnamed ? Places.TOWN : Places.COMMUNITY) + ":" + bare);
			}
			text = text.substring(splitEnd);
		}
		text = ChineseText.wordCharsOnly(text);
		String determiner = prefix(text, DETERMINERS);
		while (determiner != null) {
			text = text.substring(determiner.length());
			determiner = prefix(text, DETERMINERS);
		}
		if (DETERMINERS.contains(text)) {
			text = "";
		}
		places.addAll(Places.of(text));
		String[] placeName = new String[1];
		text = stripPlaces(text, placeName);
		SiteKind[] kind = new SiteKind[1];
		text = stripSuffixes(text, kind);
		text = stripPlaces(text, placeName);
		if (text.isEmpty() && placeName[0] != null) {
			return new SiteName(placeName[0], true, kind[0], Set.copyOf(places));
		}
		return new SiteName(text, false, kind[0], Set.copyOf(places));
	}

	/**
	 * Strips legal forms, generic words and kinds of site from the end; the first kind
	 * stripped comes back in {@code kind[0]}.
	 */
	private static String stripSuffixes(String name, SiteKind[] kind) {
		String text = name;
		boolean stripped = true;
		while (stripped && !text.isEmpty()) {
			// the longest of a legal form, a generic word or a kind of site: 商场 before 场
			String form = longer(suffix(text, FORMS), suffix(text, GENERIC));
			String kindWord = kindSuffix(text);
			String word = longer(form, kindWord);
			if (word == null) {
				break;
			}
			if (word.equals(kindWord) && kind[0] == null) {
				kind[0] = SiteKind.valueOf(KINDS.get(kindWord));
			}
			String rest = text.substring(0, text.length() - word.length());
			// never a one-character core (湘钢 stays 湘钢), unless that character is a kind
			// too
			// (砖厂)
			stripped = rest.length() != 1 || KINDS.containsKey(rest) || FORMS.contains(rest);
			if (stripped) {
				text = (rest.length() == 1) ? "" : rest;
				if (rest.length() == 1 && kind[0] == null && KINDS.containsKey(rest)) {
					kind[0] = SiteKind.valueOf(KINDS.get(rest));
				}
			}
		}
		return text;
	}

	/**
	 * The name without leading places. A village or compound it names comes back in
	 * {@code placeName[0]} (东关村养猪场 → 东关), to become the core when nothing else is left.
	 */
	private static String stripPlaces(String name, String[] placeName) {
		String text = name;
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (int length = Math.min(Places.longestPlaceName(), text.length() - 2); length >= 2; length--) {
				// 临汾鑫源 → 鑫源; but 朝阳街道 is a street, not 朝阳 + 街道, and in 海丰水产 the place
				// name is the trade name
				if (Places.isPlaceName(text.substring(0, length)) && !Places.unitStartsAt(text, length)
						&& stripSuffixes(text.substring(length), new SiteKind[1]).length() >= 2) {
					text = text.substring(length);
					stripped = true;
					break;
				}
			}
			if (stripped) {
				continue;
			}
			Matcher local = LOCAL_PREFIX.matcher(text);
			if (local.find() && (text.length() - local.end() >= 2 || local.end() == text.length())) {
				String named = switch (local.group(2)) {
					case "村", "村委会" -> local.group(1);
					case "小区", "花园", "家园", "公寓", "大厦", "苑" -> Places.withoutCommunityUnit(local.group(1));
					default -> null;
				};
				if (named != null) {
					placeName[0] = named;
				}
				text = text.substring(local.end());
				stripped = !text.isEmpty();
			}
		}
		return text;
	}

	private static String longer(String one, String other) {
		if (one == null) {
			return other;
		}
		return (other == null || one.length() >= other.length()) ? one : other;
	}

	private static String suffix(String text, List<String> words) {
		for (String word : words) {
			if (text.endsWith(word)) {
				return word;
			}
		}
		return null;
	}

	private static String kindSuffix(String text) {
		for (String word : KINDS.keySet()) {
			if (text.endsWith(word)) {
				return word;
			}
		}
		return null;
	}

	private static String prefix(String text, List<String> words) {
		for (String word : words) {
			if (text.startsWith(word) && text.length() > word.length()) {
				return word;
			}
		}
		return null;
	}

}
