package org.ducha.similarity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Comparable place tokens read from an address or any text that mentions one:
 * {@code v:东王} (东王村), {@code g:东王#3} (东王村三组), {@code r:解放} (解放路), {@code n:解放#23}
 * (解放路23号), {@code c:锦绣} (锦绣小区), {@code t:魏村} (魏村镇), {@code z:…} (开发区), {@code m:汾河大桥} (a
 * landmark). The units and their types are in {@code similarity/place-units.tsv}.
 * <p>
 * Province, city and county names ({@code similarity/place-names.txt}) only separate
 * tokens: the county is compared through the region code. A unit directly followed by
 * another unit belongs to the name (魏村镇, 南街村, 汾河大桥); a name too short to stand alone
 * joins the next unit (柳巷北路 is one road, not 柳巷 and 北路).
 */
final class Places {

	static final String VILLAGE = "v";

	static final String GROUP = "g";

	static final String ROAD = "r";

	static final String NUMBER = "n";

	static final String COMMUNITY = "c";

	static final String TOWN = "t";

	static final String ZONE = "z";

	static final String LANDMARK = "m";

	private static final String DIVISION = "d";

	private static final Map<String, String> UNITS = WordLists.readPairs("place-units");

	private static final List<String> UNIT_WORDS = List.copyOf(UNITS.keySet());

	private static final Set<String> STOP_NAMES = WordLists.read("place-stop-names");

	private static final List<String> CUT_WORDS = WordLists.longestFirst(WordLists.read("place-cut-words"));

	private static final Set<String> PLACE_NAMES = WordLists.read("place-names");

	private static final int LONGEST_PLACE_NAME = PLACE_NAMES.stream().mapToInt(String::length).max().orElse(0);

	/** The longest name kept before a unit, by token type; longer runs keep their end. */
	private static final Map<String, Integer> MAX_NAME = Map.of("v", 4, "r", 5, "t", 4, "m", 4, "c", 6, "z", 6);

	/** Units that are part of the place's name: 王庄 is 王庄 whether or not 村 follows. */
	private static final Set<String> NAMING_UNITS = Set.of("庄", "屯", "寨");

	/** 酒庄, 农庄, 山庄, 饭庄 … are no villages. */
	private static final String NOT_BEFORE_VILLAGE_UNIT = "酒农山饭钱茶布票坐";

	private static final String DIRECTIONS = "东西南北中";

	private Places() {
	}

	/**
	 * The place tokens of a folded text, in reading order.
	 */
	static Set<String> of(String folded) {
		Set<String> tokens = new LinkedHashSet<>();
		String text = withoutDivisionNames(folded);
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || !ChineseText.isWordChar(text.charAt(i))) {
				if (i > start) {
					scanRun(text.substring(start, i), tokens);
				}
				start = i + 1;
			}
		}
		return tokens;
	}

	/**
	 * Whether {@code text} names a province, city or county, with or without its suffix
	 * (临汾市, 临汾, 尧都区).
	 */
	static boolean isPlaceName(String text) {
		return PLACE_NAMES.contains(text);
	}

	static int longestPlaceName() {
		return LONGEST_PLACE_NAME;
	}

	/**
	 * Whether a unit (村, 镇, 路 …) starts at {@code index}.
	 */
	static boolean unitStartsAt(String text, int index) {
		return unitAt(text, index) != null;
	}

	/**
	 * The type of a token ({@link #VILLAGE} …).
	 */
	static String type(String token) {
		return token.substring(0, token.indexOf(':'));
	}

	/**
	 * The place name of a token without its type and number ({@code v:东王} → 东王,
	 * {@code n:解放#23} → 解放).
	 */
	static String name(String token) {
		String name = token.substring(token.indexOf(':') + 1);
		int hash = name.indexOf('#');
		return (hash >= 0) ? name.substring(0, hash) : name;
	}

	/**
	 * 锦绣花园小区 and 锦绣小区 are both {@code c:锦绣}.
	 */
	static String withoutCommunityUnit(String name) {
		for (String unit : UNIT_WORDS) {
			if (COMMUNITY.equals(UNITS.get(unit)) && name.endsWith(unit) && name.length() - unit.length() >= 2) {
				return name.substring(0, name.length() - unit.length());
			}
		}
		return name;
	}

	/**
	 * Replaces full division names (宁乡市, 盐湖区, 衡山县) by a separator, so their characters
	 * (乡, 湖, 山) are not read as units.
	 */
	private static String withoutDivisionNames(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int length = divisionNameAt(text, i);
			if (length > 0) {
				out.append(',');
				i += length;
			}
			else {
				out.append(text.charAt(i));
				i++;
			}
		}
		return out.toString();
	}

	private static int divisionNameAt(String text, int index) {
		for (int length = Math.min(LONGEST_PLACE_NAME, text.length() - index); length >= 2; length--) {
			String candidate = text.substring(index, index + length);
			char last = candidate.charAt(length - 1);
			if ("省市县区旗州盟".indexOf(last) >= 0 && PLACE_NAMES.contains(candidate)) {
				return length;
			}
		}
		return 0;
	}

	private static void scanRun(String run, Set<String> tokens) {
		int segmentStart = 0;
		String lastStreet = null;
		String lastVillage = null;
		int i = 0;
		while (i < run.length()) {
			String unit = unitAt(run, i);
			if (unit == null) {
				i++;
				continue;
			}
			int end = i + unit.length();
			if (i == segmentStart) {
				// nothing before the unit: 村北头 …
				if (!isNumberUnit(unit)) {
					segmentStart = end;
				}
				i = end;
				continue;
			}
			String next = unitAt(run, end);
			if (next != null && TOWN.equals(UNITS.get(unit)) && !isNumberUnit(next)) {
				// 巴公镇工业园 is also in 巴公镇
				add(tokens, TOWN, trimName(run.substring(segmentStart, i), MAX_NAME.get(TOWN)));
			}
			while (next != null && !isNumberUnit(next) && !DIVISION.equals(UNITS.get(next))) {
				unit = next;
				i = end;
				end = i + unit.length();
				next = unitAt(run, end);
			}
			String type = UNITS.get(unit);
			String name = trimName(run.substring(segmentStart, i), MAX_NAME.getOrDefault(type, 6));
			switch (type) {
				case "n" -> {
					int number = number(name);
					if (number >= 0 && lastStreet != null) {
						tokens.add(NUMBER + ":" + lastStreet + "#" + number);
					}
				}
				case "g" -> {
					int number = number(name);
					if (number >= 0 && lastVillage != null) {
						tokens.add(GROUP + ":" + lastVillage + "#" + number);
					}
				}
				case "d" -> {
					// a boundary only
				}
				default -> {
					if (LANDMARK.equals(type) || NAMING_UNITS.contains(unit)) {
						name = name + unit;
					}
					if (COMMUNITY.equals(type)) {
						name = withoutCommunityUnit(name);
					}
					if (!acceptable(type, name, unit)) {
						// too short to stand alone: it joins the next unit (柳巷北路)
						i = end;
						continue;
					}
					tokens.add(type + ":" + name);
					if (ROAD.equals(type) || COMMUNITY.equals(type)) {
						lastStreet = name;
					}
					else if (VILLAGE.equals(type)) {
						lastVillage = name;
					}
				}
			}
			segmentStart = end;
			i = end;
		}
	}

	private static void add(Set<String> tokens, String type, String name) {
		if (acceptable(type, name, "")) {
			tokens.add(type + ":" + name);
		}
	}

	private static boolean isNumberUnit(String unit) {
		String type = UNITS.get(unit);
		return "n".equals(type) || "g".equals(type);
	}

	private static String unitAt(String run, int index) {
		if (index >= run.length()) {
			return null;
		}
		for (String unit : UNIT_WORDS) {
			if (run.startsWith(unit, index)) {
				if (NAMING_UNITS.contains(unit) && index > 0
						&& NOT_BEFORE_VILLAGE_UNIT.indexOf(run.charAt(index - 1)) >= 0) {
					return null;
				}
				return unit;
			}
		}
		return null;
	}

	private static String trimName(String name, int maxLength) {
		String trimmed = name;
		int cut = -1;
		for (String word : CUT_WORDS) {
			int at = trimmed.lastIndexOf(word);
			// 我家住在东王村 → 东王; but 和平路 and 和谐家园 keep their 和
			boolean leading = at == 0 && word.length() == 1 && trimmed.length() <= 4;
			if (at >= 0 && !leading && at + word.length() > cut && trimmed.length() - at - word.length() >= 2) {
				cut = at + word.length();
			}
		}
		if (cut > 0) {
			trimmed = trimmed.substring(cut);
		}
		if (trimmed.length() > maxLength) {
			trimmed = trimmed.substring(trimmed.length() - maxLength);
		}
		return trimmed;
	}

	private static boolean acceptable(String type, String name, String unit) {
		if (name.isEmpty() || STOP_NAMES.contains(name)) {
			return false;
		}
		if (CUT_WORDS.contains(name.substring(name.length() - 1))) {
			// 灰尘飘到村里: no village 灰尘飘到
			return false;
		}
		if (name.length() == 1) {
			// 魏村, 王庄; 南大街, 东街
			return VILLAGE.equals(type) || TOWN.equals(type)
					|| ROAD.equals(type) && DIRECTIONS.indexOf(name.charAt(0)) >= 0;
		}
		return true;
	}

	private static int number(String name) {
		int start = name.length();
		while (start > 0 && Character.isDigit(name.charAt(start - 1))) {
			start--;
		}
		if (start < name.length()) {
			return Integer.parseInt(name.substring(Math.max(start, name.length() - 6)));
		}
		for (int length = Math.min(3, name.length()); length > 0; length--) {
			int value = ChineseText.chineseNumber(name.substring(name.length() - length));
			if (value >= 0) {
				return value;
			}
		}
		return -1;
	}

}
