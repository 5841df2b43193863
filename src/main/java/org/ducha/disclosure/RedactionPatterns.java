package org.ducha.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal data that has a shape: phone numbers, ID numbers, plates, e-mail, QQ and
 * WeChat ids, bank cards and home addresses. Digits may be half-width or full-width
 * (１３８…); mobile numbers may also be spelt in Chinese digits (一三八…).
 */
final class RedactionPatterns {

	static final String MASK = "***";

	private static final String D = "[0-9０-９]";

	private static final String NOT_DIGIT = "(?!" + D + ")";

	private static final String CHINESE_DIGIT = "[零〇一二三四五六七八九幺]";

	private static final String NUM = "(?:[0-9０-９]{1,5}|[一二三四五六七八九十百零〇两]{1,4})";

	private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

	static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9][A-Za-z0-9._%+\\-]*@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

	/**
	 * 18 characters, optionally spaced 6-8-4: region, birth date, sequence, check digit.
	 */
	static final Pattern ID_18 = Pattern.compile(
			"(?<![0-9０-９A-Za-z])([1-9１-９]" + D + "{5}) ?(" + D + "{8}) ?(" + D + "{3}[0-9０-９XxＸｘ])(?![0-9０-９A-Za-z])");

	/** The old 15-digit number, only right after a 身份证/证件 cue. */
	static final Pattern ID_15 = Pattern.compile("(?:身份证|证件)[^0-9０-９。；]{0,8}?(" + D + "{15})(?![0-9０-９A-Za-z])");

	static final Pattern MOBILE = Pattern.compile("(?<![0-9０-９A-Za-z+＋])(?<![0-9０-９][ \\-])"
			+ "(?:(?:\\+|＋|00)?86[ \\-]?|[(（][+＋]?86[)）] ?)?[1１][ \\-]?[3-9３-９](?:[ \\-]?" + D + "){9}" + NOT_DIGIT);

	/** Half-masked numbers (138****1234) are not fit for publication either. */
	static final Pattern MASKED_MOBILE = Pattern
		.compile("(?<![0-9０-９])[1１][3-9３-９]" + D + "[*＊xX×]{4}" + D + "{4}" + NOT_DIGIT);

	static final Pattern CHINESE_MOBILE = Pattern
		.compile("(?<!" + CHINESE_DIGIT + ")[一幺][三四五六七八九]" + CHINESE_DIGIT + "{9}(?!" + CHINESE_DIGIT + ")");

	static final Pattern LANDLINE = Pattern.compile("(?<![0-9０-９A-Za-z])(?:[(（]0" + D + "{2,3}[)）]|0" + D + "{2,3})"
			+ "[ \\-—–]?[2-9２-９]" + D + "{2,3}[ \\-]?" + D + "{4}(?:(?:转|-|ext\\.? ?)" + D + "{1,5})?" + NOT_DIGIT);

	/** A seven- or eight-digit local number without area code, only after a cue. */
	static final Pattern LOCAL_LANDLINE = Pattern
		.compile("(?:电话|座机|固话|传真|号码|联系方式|[Tt]el|TEL)(?:号码)?[是为：:\\s]{0,3}([2-9２-９]" + D + "{6,7})" + NOT_DIGIT);

	static final Pattern BANK_CARD = Pattern
		.compile("(?<![0-9０-９A-Za-z])" + D + "{4}(?: ?" + D + "{4}){2,3} ?" + D + "{1,4}" + NOT_DIGIT);

	static final Pattern BANK_CUE = Pattern.compile("银行|卡号|账号|帐号|账户|开户|银联|卡");

	static final Pattern QQ = Pattern
		.compile("(?:[Qq]{2}|扣扣)(?:号码|号)?[是为：:\\s]{0,3}([1-9１-９]" + D + "{4,11})" + NOT_DIGIT);

	static final Pattern WECHAT = Pattern
		.compile("(?:微信|(?<![A-Za-z])(?:[Vv][Xx]|[Ww][Xx]|[Ww]eixin))(?:号)?[是为：:\\s]{0,3}"
				+ "([A-Za-z][A-Za-z0-9_\\-]{5,19})(?![A-Za-z0-9_\\-])");

	static final Pattern PLATE = Pattern.compile("([" + PROVINCES + "])([A-Za-zＡ-Ｚａ-ｚ])[ ·•．.\\-]?"
			+ "([A-Za-z0-9０-９Ａ-Ｚａ-ｚ]{4,6})(挂|学|警|港|澳)?(?![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])");

	/** 号院, building, unit and flat; accepted only when it names a dwelling. */
	static final Pattern DWELLING = Pattern
		.compile("(?=[0-9０-９一二三四五六七八九十百零〇两A-Za-zＡ-Ｚ])(?<yard>" + NUM + "号院)?(?<building>(?:" + NUM
				+ "|[A-Za-zＡ-Ｚ])(?:号楼|栋|幢|座|楼))?(?<unit>" + NUM + "单元)?(?<room>(?:[0-9０-９]{1,5}|[一二三四五六七八九十零〇]{1,4})"
				+ "(?<roomMark>室|户|号(?![楼院]))|[0-9０-９]{3,4}(?![0-9０-９]))?");

	/** 楼上1502的住户: a flat number right after a neighbour cue. */
	static final Pattern FLAT_AFTER_CUE = Pattern
		.compile("(?<=楼上|楼下|对门|隔壁|对面|住在|家住)[0-9０-９]{3,4}(?![0-9０-９])(?!号楼|栋|幢|座|单元|楼|号|米|元)");

	/** 2-3-402 (building-unit-flat). */
	static final Pattern DASHED_FLAT = Pattern
		.compile("(?<![0-9０-９A-Za-z\\-])[0-9０-９]{1,3}-[0-9０-９]{1,2}-[0-9０-９]{3,4}(?![0-9０-９\\-])");

	static final Pattern DASHED_FLAT_CONTEXT = Pattern.compile("小区|家属院|花园|苑|公寓|住|家|楼|院|社区|宿舍");

	/** A house in a village: 刘庄村二组15号, 贾村三排7号, 乔李村108号. */
	static final Pattern VILLAGE_HOUSE = Pattern
		.compile("(?<=[村庄屯寨堡])(?:" + NUM + "(?:组|排|队|巷))?" + "[0-9０-９一二三四五六七八九十百零〇两]{1,4}号院?(?![地线井机车仓库泵桥楼文])");

	/** The number of a house after a residence cue (家住解放路12号). */
	static final Pattern HOUSE = Pattern
		.compile("(?:" + NUM + "(?:组|排|巷))?[0-9０-９一二三四五六七八九十百零〇两]{1,4}号院?(?![楼院地线井机车仓库泵桥])");

	private static final int RESIDENCE_REACH = 16;

	private final RedactionWordLists words;

	RedactionPatterns(RedactionWordLists words) {
		this.words = words;
	}

	List<RedactedSpan> find(String text) {
		List<RedactedSpan> spans = new ArrayList<>();
		each(EMAIL, text, (m) -> span(spans, m.start(), m.end(), SpanKind.EMAIL, MASK));
		each(ID_18, text, (m) -> {
			if (isIdNumber(m.group(1) + m.group(2) + m.group(3))) {
				span(spans, m.start(), m.end(), SpanKind.ID_NUMBER, "*".repeat(18));
			}
		});
		each(ID_15, text, (m) -> {
			if (isBirthDate("19" + digits(m.group(1).substring(6, 12)))) {
				span(spans, m.start(1), m.end(1), SpanKind.ID_NUMBER, "*".repeat(15));
			}
		});
		each(MOBILE, text, (m) -> span(spans, m.start(), m.end(), SpanKind.MOBILE, MASK));
		each(MASKED_MOBILE, text, (m) -> span(spans, m.start(), m.end(), SpanKind.MOBILE, MASK));
		each(CHINESE_MOBILE, text, (m) -> span(spans, m.start(), m.end(), SpanKind.MOBILE, MASK));
		each(LANDLINE, text, (m) -> span(spans, m.start(), m.end(), SpanKind.LANDLINE, MASK));
		each(LOCAL_LANDLINE, text, (m) -> span(spans, m.start(1), m.end(1), SpanKind.LANDLINE, MASK));
		each(BANK_CARD, text, (m) -> {
			String number = digits(m.group());
			if (number.length() >= 16 && number.length() <= 19 && (hasBankCue(text, m.start())
					|| (luhn(number) && number.charAt(0) >= '3' && number.charAt(0) <= '6'))) {
				span(spans, m.start(), m.end(), SpanKind.BANK_CARD, MASK);
			}
		});
		each(QQ, text, (m) -> span(spans, m.start(1), m.end(1), SpanKind.QQ_NUMBER, MASK));
		each(WECHAT, text, (m) -> span(spans, m.start(1), m.end(1), SpanKind.WECHAT_ID, MASK));
		each(PLATE, text, (m) -> {
			if (isPlate(m.group(3), m.group(4) != null)) {
				String city = m.group(2).toUpperCase(Locale.ROOT);
				span(spans, m.start(), m.end(), SpanKind.LICENCE_PLATE, m.group(1) + city + "*****");
			}
		});
		findHomes(text, spans);
		return spans;
	}

	private void findHomes(String text, List<RedactedSpan> spans) {
		each(DWELLING, text, (m) -> {
			boolean yard = m.group("yard") != null;
			boolean building = m.group("building") != null;
			boolean unit = m.group("unit") != null;
			boolean room = m.group("room") != null;
			boolean flat = m.group("roomMark") != null && !m.group("roomMark").equals("号");
			if (m.end() > m.start()
					&& ((building && (unit || room)) || (unit && room) || flat || (yard && (building || room)))) {
				span(spans, m.start(), m.end(), SpanKind.HOUSE_NUMBER, MASK);
			}
		});
		each(FLAT_AFTER_CUE, text, (m) -> span(spans, m.start(), m.end(), SpanKind.HOUSE_NUMBER, MASK));
		each(DASHED_FLAT, text, (m) -> {
			if (DASHED_FLAT_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
				span(spans, m.start(), m.end(), SpanKind.HOUSE_NUMBER, MASK);
			}
		});
		each(VILLAGE_HOUSE, text, (m) -> span(spans, m.start(), m.end(), SpanKind.HOUSE_NUMBER, MASK));
		for (String cue : this.words.residenceCues.all) {
			for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
				int from = at + cue.length();
				int to = Math.min(text.length(), from + RESIDENCE_REACH);
				for (int i = from; i < to; i++) {
					if ("。；;！!？?\n".indexOf(text.charAt(i)) >= 0) {
						to = i;
						break;
					}
				}
				Matcher house = HOUSE.matcher(text).region(from, to);
				house.useTransparentBounds(true);
				if (house.find()) {
					span(spans, house.start(), house.end(), SpanKind.HOUSE_NUMBER, MASK);
				}
			}
		}
	}

	/**
	 * 居民身份证: a valid check digit (GB 11643) is enough; with a wrong one the number is
	 * still taken for an ID number (a mistyped ID is still personal data) as long as the
	 * region and birth date are plausible.
	 */
	static boolean isIdNumber(String candidate) {
		String id = digits(candidate);
		if (id.length() != 18) {
			return false;
		}
		if (hasValidCheckDigit(id)) {
			return true;
		}
		return id.charAt(0) >= '1' && id.charAt(0) <= '8' && isBirthDate(id.substring(6, 14));
	}

	static boolean hasValidCheckDigit(String id) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * weights[i];
		}
		return "10X98765432".charAt(sum % 11) == Character.toUpperCase(id.charAt(17));
	}

	private static boolean isBirthDate(String yyyymmdd) {
		int year = Integer.parseInt(yyyymmdd.substring(0, 4));
		int month = Integer.parseInt(yyyymmdd.substring(4, 6));
		int day = Integer.parseInt(yyyymmdd.substring(6, 8));
		return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
	}

	private static boolean isPlate(String tail, boolean suffixed) {
		int length = tail.length();
		if (!(length == 5 || length == 6 || (length == 4 && suffixed))) {
			return false;
		}
		long digits = tail.chars().filter(Character::isDigit).count();
		return digits >= 2;
	}

	private static boolean hasBankCue(String text, int start) {
		return BANK_CUE.matcher(text.substring(Math.max(0, start - 12), start)).find();
	}

	private static boolean luhn(String number) {
		int sum = 0;
		for (int i = 0; i < number.length(); i++) {
			int digit = number.charAt(number.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	/**
	 * The digits of a number written with separators or in full width, as ASCII, with a
	 * trailing X kept.
	 */
	static String digits(String written) {
		StringBuilder digits = new StringBuilder(written.length());
		for (int i = 0; i < written.length(); i++) {
			char c = written.charAt(i);
			int digit = Character.digit(c, 10);
			if (digit >= 0) {
				digits.append((char) ('0' + digit));
			}
			else if (c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ') {
				digits.append('X');
			}
		}
		return digits.toString();
	}

	private static void span(List<RedactedSpan> spans, int start, int end, SpanKind kind, String replacement) {
		spans.add(new RedactedSpan(start, end, kind, replacement));
	}

	private static void each(Pattern pattern, String text, Consumer<Matcher> action) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			action.accept(matcher);
		}
	}

}
