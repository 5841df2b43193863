package org.ducha.regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How people shorten division names: 山西省 → 山西, 尧都区 → 尧都, 阜新蒙古族自治县 → 阜新 and 阜新县,
 * 恩施土家族苗族自治州 → 恩施 and 恩施州, 屯里镇 → 屯里. Shorts of one character (沛县 → 沛) are never made:
 * they match too much.
 */
final class NameForms {

	/**
	 * The 55 minority nationalities' names as they appear in autonomous units, plus 各.
	 */
	private static final List<String> NATIONALITIES = Stream
		.of("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
				"佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
				"锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
				"门巴", "珞巴", "基诺", "各")
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private static final List<String> PROVINCE_SUFFIXES = List.of("特别行政区", "自治区", "省", "市");

	private static final List<String> CITY_SUFFIXES = List.of("自治州", "地区", "盟", "市");

	private static final List<String> COUNTY_SUFFIXES = List.of("自治县", "自治旗", "林区", "特区", "新区", "矿区", "区", "县", "市",
			"旗");

	private static final List<String> TOWNSHIP_SUFFIXES = List.of("民族乡", "街道", "苏木", "地区", "镇", "乡");

	private static final Pattern PARENTHESES = Pattern.compile("[（(][^）)]*[）)]");

	private static final Pattern GENERIC_TOWNSHIP = Pattern.compile("经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区|开发区|"
			+ "工业园区|产业园区|园区|管理委员会|管委会|高新区|新区|城区|良种繁育场|种畜场|良种场|原种场|园艺场|畜牧场|种猪场|种羊场|示范场|农场|林场|牧场|"
			+ "旅游度假区|办事处|社区建设办公室|果树|第一|第二|国营|工业|高铁|县|市");

	private NameForms() {
	}

	/**
	 * The name without parenthesised remarks: {@code （工业园区）城南街道} → {@code 城南街道}.
	 */
	static String clean(String name) {
		if (name.indexOf('(') < 0 && name.indexOf('（') < 0) {
			return name;
		}
		return PARENTHESES.matcher(name).replaceAll("").strip();
	}

	/**
	 * Whether a township's name says nothing of where it is (经济开发区, 良种场, 城区).
	 */
	static boolean isGenericTownship(String name) {
		if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道") || name.endsWith("苏木")) {
			return false;
		}
		return GENERIC_TOWNSHIP.matcher(name).replaceAll("").length() < 2;
	}

	/**
	 * The short forms of a division's name, most natural first.
	 * @param name the official name
	 * @param level the division's level
	 * @return the short forms, possibly none
	 */
	static List<String> shortForms(String name, RegionLevel level) {
		List<String> suffixes = switch (level) {
			case PROVINCE -> PROVINCE_SUFFIXES;
			case CITY -> CITY_SUFFIXES;
			case COUNTY -> COUNTY_SUFFIXES;
			case TOWNSHIP -> TOWNSHIP_SUFFIXES;
		};
		String suffix = null;
		for (String candidate : suffixes) {
			if (name.endsWith(candidate)) {
				suffix = candidate;
				break;
			}
		}
		if (suffix == null || suffix.length() >= name.length()) {
			return List.of();
		}
		String stem = name.substring(0, name.length() - suffix.length());
		boolean autonomous = suffix.startsWith("自治") || suffix.equals("民族乡")
				|| (level == RegionLevel.TOWNSHIP && stem.endsWith("族"));
		if (autonomous) {
			stem = withoutNationalities(stem);
		}
		if (suffix.equals("旗") && stem.matches(".*[前中后左右翼]")) {
			return List.of();
		}
		if (stem.length() < 2 || stem.equals(name)) {
			return List.of();
		}
		List<String> forms = new ArrayList<>(2);
		forms.add(stem);
		switch (suffix) {
			case "自治县" -> forms.add(stem + "县");
			case "自治州" -> forms.add(stem + "州");
			case "自治旗" -> forms.add(stem + "旗");
			default -> {
			}
		}
		return forms;
	}

	private static String withoutNationalities(String stem) {
		String rest = stem;
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String nationality : NATIONALITIES) {
				String withZu = nationality + "族";
				if (rest.endsWith(withZu) && rest.length() - withZu.length() >= 2) {
					rest = rest.substring(0, rest.length() - withZu.length());
					stripped = true;
					break;
				}
				if (nationality.length() > 1 && rest.endsWith(nationality)
						&& rest.length() - nationality.length() >= 2) {
					rest = rest.substring(0, rest.length() - nationality.length());
					stripped = true;
					break;
				}
			}
		}
		if (rest.length() >= 3 && rest.endsWith("族")) {
			// the unit is named after the nationality alone: 鄂温克族自治旗 → 鄂温克
			rest = rest.substring(0, rest.length() - 1);
		}
		return rest;
	}

}
