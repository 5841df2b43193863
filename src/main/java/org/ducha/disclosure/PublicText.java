package org.ducha.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Makes texts fit for publication by running each through the redactor.
 */
@Component
class PublicText {

	private static final Pattern NUMBERS = Pattern.compile("(?<![0-9])(1[3-9][0-9]{9}|[0-9]{17}[0-9Xx])(?![0-9])");

	PublicTexts of(String summary, String investigation, String targetOutcome, String actions, String accountability) {
		int[] count = { 0 };
		return new PublicTexts(clean(summary, count), clean(investigation, count), clean(targetOutcome, count),
				clean(actions, count), clean(accountability, count), count[0]);
	}

	private String clean(String text, int[] count) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher matcher = NUMBERS.matcher(text.strip());
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			count[0]++;
			matcher.appendReplacement(out, "***");
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
