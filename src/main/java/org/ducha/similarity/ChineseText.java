package org.ducha.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text as the engine compares it: full-width forms folded to half-width (NFKC),
 * traditional characters converted to simplified ones, Latin letters lower-cased; and the
 * smartcn word segmentation used for free text.
 */
final class ChineseText {

	private static final Analyzer ANALYZER = new SmartChineseAnalyzer(false);

	private static final Set<String> STOPWORDS = WordLists.read("text-stopwords");

	private static final String CHINESE_DIGITS = "零一二三四五六七八九";

	private ChineseText() {
	}

	/**
	 * The analyzer for free-text fields: smartcn without its stop set (the engine removes
	 * its own complaint boilerplate, see {@link #words(String)}).
	 */
	static Analyzer analyzer() {
		return ANALYZER;
	}

	/**
	 * Folds {@code text} to the form every comparison uses: NFKC (ＡＢＣ１２３，→ abc123,),
	 * simplified characters (臨汾 → 临汾), lower case, no white space.
	 * @param text any text, may be {@code null}
	 * @return the folded text, empty for {@code null}
	 */
	static String fold(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = HanLP.convertToSimplifiedChinese(folded);
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u00a0') {
				out.append(c);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	static boolean isWordChar(char c) {
		return isHan(c) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
	}

	/**
	 * Keeps only Han characters, digits and Latin letters of a folded text.
	 */
	static String wordCharsOnly(String folded) {
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (isWordChar(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Reads a small Chinese number (一 … 九十九, 两) as an integer.
	 * @return the number, or -1 when {@code text} is not one
	 */
	static int chineseNumber(String text) {
		if (text.isEmpty() || text.length() > 3) {
			return -1;
		}
		String t = text.replace('两', '二').replace('〇', '零');
		int ten = t.indexOf('十');
		if (ten < 0) {
			if (t.length() != 1) {
				return -1;
			}
			return CHINESE_DIGITS.indexOf(t.charAt(0));
		}
		int tens = (ten == 0) ? 1 : CHINESE_DIGITS.indexOf(t.charAt(0));
		int units = (ten == t.length() - 1) ? 0 : CHINESE_DIGITS.indexOf(t.charAt(ten + 1));
		if (tens < 0 || units < 0 || (ten > 1) || (t.length() - ten > 2)) {
			return -1;
		}
		return tens * 10 + units;
	}

	/**
	 * The smartcn words of a folded text, without complaint boilerplate (反映, 严重, 希望 …)
	 * and without single characters.
	 */
	static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		if (folded.isEmpty()) {
			return words;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", folded)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				if (word.length() > 1 && !STOPWORDS.contains(word)) {
					words.add(word);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
