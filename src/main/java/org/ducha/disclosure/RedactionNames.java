package org.ducha.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Names of private persons. HanLP's person-name recognition ({@code nr} terms) proposes
 * names; rules over the word lists propose the names it misses (王师傅, 老王, 村民 + name, name
 * + 家) and veto the proposals that are places, businesses, officials in role or already
 * anonymised.
 */
final class RedactionNames {

	private static final int BUSINESS_REACH = 8;

	private static final int QUOTE_REACH = 12;

	private final RedactionWordLists words;

	private final Segment segment;

	RedactionNames(RedactionWordLists words) {
		this.words = words;
		this.segment = HanLP.newSegment()
			.enableNameRecognize(true)
			.enableTranslatedNameRecognize(false)
			.enableJapaneseNameRecognize(false)
			.enablePlaceRecognize(false)
			.enableOrganizationRecognize(false)
			.enableOffset(true);
	}

	/**
	 * A proposed name.
	 *
	 * @param start first character, 老 of 老王 included
	 * @param end after the last character, an appellation (师傅) included
	 * @param surnameStart where the surname starts
	 * @param surnameLength one or two characters
	 * @param givenLength characters of the given name; 0 for an appellation form (王师傅,
	 * 老王), which becomes surname + 某
	 */
	record Candidate(int start, int end, int surnameStart, int surnameLength, int givenLength) {

		String replacement(String text) {
			String surname = text.substring(this.surnameStart, this.surnameStart + this.surnameLength);
			return surname + "某".repeat(Math.max(1, Math.min(2, this.givenLength)));
		}

		int surnameEnd() {
			return this.surnameStart + this.surnameLength;
		}

	}

	List<RedactedSpan> find(String text) {
		Tokens tokens = new Tokens(text, this.segment.seg(text));
		List<Candidate> candidates = new ArrayList<>();
		recognisedNames(tokens, candidates);
		appellations(tokens, candidates);
		familiarForms(tokens, candidates);
		namesAfterCues(tokens, candidates);
		namesBeforeCues(tokens, candidates);
		Set<Integer> vetoed = new HashSet<>();
		List<Candidate> accepted = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (!isPlausible(tokens, candidate)) {
				continue;
			}
			if (isVetoedByContext(tokens, candidate)) {
				vetoed.add(candidate.surnameStart());
			}
			else {
				accepted.add(candidate);
			}
		}
		accepted.removeIf((candidate) -> vetoed.contains(candidate.surnameStart()));
		accepted.sort(Comparator.comparingInt((Candidate candidate) -> candidate.end() - candidate.start()).reversed());
		accepted.addAll(enumeratedNames(tokens, accepted, vetoed));
		accepted.addAll(sameNamesElsewhere(tokens, accepted, vetoed));
		accepted.sort(Comparator.comparingInt((Candidate candidate) -> candidate.end() - candidate.start()).reversed());
		List<RedactedSpan> spans = new ArrayList<>();
		for (Candidate candidate : accepted) {
			RedactedSpan span = new RedactedSpan(candidate.start(), candidate.end(), SpanKind.PERSON_NAME,
					candidate.replacement(text));
			if (spans.stream().noneMatch(span::overlaps)) {
				spans.add(span);
			}
		}
		return spans;
	}

	/**
	 * Names listed with a name found (高文俊、高文杰; 张红霞和李春花) are names too, read with the same
	 * length as their neighbour where they can be.
	 */
	private List<Candidate> enumeratedNames(Tokens tokens, List<Candidate> accepted, Set<Integer> vetoed) {
		String text = tokens.text;
		List<Candidate> found = new ArrayList<>(accepted);
		List<Candidate> more = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Candidate known = found.get(i);
			if (known.givenLength() == 0) {
				continue;
			}
			List<Candidate> neighbours = new ArrayList<>();
			if (known.end() + 1 < text.length() && "、和与及".indexOf(text.charAt(known.end())) >= 0) {
				neighbours.add(listedAt(tokens, known.end() + 1, known.givenLength()));
			}
			int length = known.end() - known.start();
			if (known.start() - 1 - length >= 0 && "、和与及".indexOf(text.charAt(known.start() - 1)) >= 0) {
				neighbours.add(listedAt(tokens, known.start() - 1 - length, known.givenLength()));
			}
			for (Candidate neighbour : neighbours) {
				if (neighbour != null
						&& found.stream()
							.noneMatch((other) -> other.start() < neighbour.end() && neighbour.start() < other.end())
						&& !vetoed.contains(neighbour.start()) && !isVetoedByContext(tokens, neighbour)
						&& isPlausible(tokens, neighbour)) {
					found.add(neighbour);
					more.add(neighbour);
				}
			}
		}
		return more;
	}

	private Candidate listedAt(Tokens tokens, int start, int givenLength) {
		String text = tokens.text;
		String surname = this.words.surnameAt(text, start);
		if (surname == null || !tokens.startsToken(start)) {
			return null;
		}
		int from = start + surname.length();
		int end = (from + givenLength <= text.length() && allGivenNameChars(text, from, from + givenLength))
				? from + givenLength : givenNameEnd(tokens, from);
		return (end > from) ? new Candidate(start, end, start, surname.length(), end - from) : null;
	}

	/**
	 * A full name found once is the same person wherever else it stands in the text, even
	 * where HanLP did not recognise it again (王福来在…，责令王福来于…).
	 */
	private List<Candidate> sameNamesElsewhere(Tokens tokens, List<Candidate> accepted, Set<Integer> vetoed) {
		String text = tokens.text;
		List<Candidate> more = new ArrayList<>();
		for (Candidate found : accepted) {
			if (found.givenLength() == 0) {
				continue;
			}
			String name = text.substring(found.start(), found.end());
			for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
				int start = at;
				Candidate copy = new Candidate(at, at + name.length(), at, found.surnameLength(), found.givenLength());
				boolean known = accepted.stream().anyMatch((other) -> other.start() < copy.end() && start < other.end())
						|| more.stream().anyMatch((other) -> other.start() < copy.end() && start < other.end());
				if (!known && !vetoed.contains(at) && !isVetoedByContext(tokens, copy)) {
					more.add(copy);
				}
			}
		}
		return more;
	}

	/**
	 * HanLP's {@code nr} terms, repaired where its segmentation cut a name (张建|国家, 卫丽|萍)
	 * or left a compound surname alone (欧阳|娜娜).
	 */
	private void recognisedNames(Tokens tokens, List<Candidate> candidates) {
		String text = tokens.text;
		for (int i = 0; i < tokens.terms.size(); i++) {
			Term term = tokens.terms.get(i);
			String word = term.word;
			int start = term.offset;
			if (this.words.compoundSurnames.contains(word)) {
				int end = givenNameEnd(tokens, start + 2);
				if (end > 0) {
					candidates.add(new Candidate(start, end, start, 2, end - start - 2));
				}
				continue;
			}
			if (word.length() == 1 && this.words.surnames.contains(word) && term.nature.toString().equals("nz")
					&& this.words.appellations.startingAt(text, start + 1) == null) {
				int end = givenNameEnd(tokens, start + 1);
				if (end > 0 && tokens.endsToken(end)) {
					candidates.add(new Candidate(start, end, start, 1, end - start - 1));
				}
				continue;
			}
			if (!isPersonNature(term)) {
				continue;
			}
			if ((word.startsWith("老") || word.startsWith("小")) && word.length() >= 2
					&& this.words.surnames.contains(word.substring(1, 2))) {
				continue;
			}
			String surname = this.words.surnameAt(text, start);
			if (surname == null) {
				continue;
			}
			int surnameEnd = start + surname.length();
			int end = start + word.length();
			if (this.words.appellations.startingAt(text, surnameEnd) != null) {
				continue;
			}
			int given = end - surnameEnd;
			if (given < 1 || given > 2) {
				continue;
			}
			Term next = (i + 1 < tokens.terms.size()) ? tokens.terms.get(i + 1) : null;
			if (given == 1 && next != null && next.word.length() == 2 && next.word.charAt(1) == '家'
					&& this.words.isGivenNameChar(next.word.charAt(0))) {
				end++;
				given++;
			}
			else if (given == 1 && next != null && next.word.length() == 1
					&& this.words.isGivenNameChar(next.word.charAt(0)) && next.word.charAt(0) != '家'
					&& (next.nature.toString().startsWith("n") || next.nature.toString().equals("w"))) {
				end++;
				given++;
			}
			candidates.add(new Candidate(start, end, start, surname.length(), given));
		}
	}

	/** 王师傅, 李大爷, 刘阿姨, 张老板, 胡老三: surname, then an appellation. */
	private void appellations(Tokens tokens, List<Candidate> candidates) {
		String text = tokens.text;
		for (int i = 0; i < text.length(); i++) {
			String surname = this.words.surnameAt(text, i);
			if (surname == null || !tokens.startsToken(i)) {
				continue;
			}
			int surnameEnd = i + surname.length();
			String appellation = this.words.appellations.startingAt(text, surnameEnd);
			if (appellation != null && tokens.endsToken(surnameEnd + appellation.length())) {
				candidates.add(new Candidate(i, surnameEnd + appellation.length(), i, surname.length(), 0));
			}
		}
	}

	/** 老王, 小李, 老张头. */
	private void familiarForms(Tokens tokens, List<Candidate> candidates) {
		String text = tokens.text;
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c != '老' && c != '小') || !tokens.startsToken(i)
					|| !this.words.surnames.contains(text.substring(i + 1, i + 2))) {
				continue;
			}
			int end = i + 2;
			if (text.startsWith("头", end) && tokens.endsToken(end + 1)) {
				end++;
			}
			else if (!tokens.endsToken(end) && !endsWordBeforeCue(text, end)) {
				continue;
			}
			candidates.add(new Candidate(i, end, i + 1, 1, 0));
		}
	}

	/**
	 * Whether a word may end here although HanLP glued the next character on (小/雷去, 小乔家):
	 * the next character is punctuation, a particle or verb such as 去 or 说, or starts a
	 * person cue such as 家.
	 */
	private boolean endsWordBeforeCue(String text, int end) {
		if (end >= text.length()) {
			return true;
		}
		char next = text.charAt(end);
		if (Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN
				|| this.words.nameStopChars.contains(next)) {
			return true;
		}
		String cue = this.words.personAfterCues.startingAt(text, end);
		return cue != null && !(cue.equals("家") && end + 1 < text.length()
				&& this.words.familyCompounds.contains(text.charAt(end + 1)));
	}

	/** 村民赵淑芬, 我哥邓明亮, 叫蒋文华, 养殖户范金锁, 反映人：靳国庆. */
	private void namesAfterCues(Tokens tokens, List<Candidate> candidates) {
		String text = tokens.text;
		for (int i = 1; i < text.length(); i++) {
			String surname = this.words.surnameAt(text, i);
			if (surname == null || !tokens.startsToken(i)) {
				continue;
			}
			int before = i;
			if (text.charAt(before - 1) == '：' || text.charAt(before - 1) == ':') {
				before--;
			}
			boolean cued = this.words.personCues.endingAt(text, before) != null
					|| (before == i && text.charAt(i - 1) == '户' && tokens.endsToken(i));
			if (!cued) {
				continue;
			}
			int end = givenNameEnd(tokens, i + surname.length());
			if (end > 0) {
				candidates.add(new Candidate(i, end, i, surname.length(), end - i - surname.length()));
			}
		}
	}

	/** 张建国家, 李春生住在, 王小明他爸, 吴长江夫妇. */
	private void namesBeforeCues(Tokens tokens, List<Candidate> candidates) {
		String text = tokens.text;
		for (int i = 0; i < text.length(); i++) {
			String surname = this.words.surnameAt(text, i);
			if (surname == null || !tokens.startsToken(i)) {
				continue;
			}
			int surnameEnd = i + surname.length();
			for (int given = 2; given >= 1; given--) {
				int end = surnameEnd + given;
				if (end > text.length() || !allGivenNameChars(text, surnameEnd, end)) {
					continue;
				}
				String cue = this.words.personAfterCues.startingAt(text, end);
				if (cue == null || (cue.equals("家") && end + 1 < text.length()
						&& this.words.familyCompounds.contains(text.charAt(end + 1)))) {
					continue;
				}
				candidates.add(new Candidate(i, end, i, surname.length(), given));
				break;
			}
		}
	}

	/**
	 * Where a given name starting at {@code from} ends, choosing one or two characters by
	 * HanLP's word boundaries, or -1 when no given name starts there.
	 */
	private int givenNameEnd(Tokens tokens, int from) {
		String text = tokens.text;
		if (from >= text.length() || !this.words.isGivenNameChar(text.charAt(from))) {
			return -1;
		}
		boolean second = from + 1 < text.length() && this.words.isGivenNameChar(text.charAt(from + 1));
		if (second && tokens.endsToken(from + 2)) {
			return from + 2;
		}
		if (tokens.endsToken(from + 1)) {
			return from + 1;
		}
		return second ? from + 2 : from + 1;
	}

	/**
	 * Context that makes the surname at this place no private person's, whatever the
	 * length of the name: anonymised already, an official in role, part of a business, a
	 * brand in quotes, a place.
	 */
	private boolean isVetoedByContext(Tokens tokens, Candidate candidate) {
		String text = tokens.text;
		int start = candidate.start();
		int end = candidate.end();
		if (text.substring(start, end).indexOf('某') >= 0 || (end < text.length() && text.charAt(end) == '某')) {
			return true;
		}
		if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
			return true;
		}
		return isOfficialInRole(text, candidate) || isPlace(tokens, candidate) || isBusiness(tokens, end)
				|| isQuotedBrand(text, start, end);
	}

	private boolean isOfficialInRole(String text, Candidate candidate) {
		int before = candidate.start();
		while (before > 0 && text.charAt(before - 1) == ' ') {
			before--;
		}
		String title = this.words.officialTitles.endingAt(text, before);
		if (title != null && this.words.workplaceWords.endingAt(text, before - title.length()) != null) {
			return false;
		}
		return title != null || this.words.officialTitles.startingAt(text, candidate.end()) != null
				|| this.words.officialTitles.startingAt(text, candidate.surnameEnd()) != null;
	}

	private boolean isPlace(Tokens tokens, Candidate candidate) {
		String text = tokens.text;
		for (int i = candidate.surnameEnd(); i < candidate.end(); i++) {
			if (this.words.placeMarks.contains(text.charAt(i))) {
				return true;
			}
		}
		int end = candidate.end();
		if (end >= text.length()) {
			return false;
		}
		char next = text.charAt(end);
		return (this.words.placeMarks.contains(next) && tokens.startsToken(end))
				|| (this.words.placeWords.contains(next) && tokens.startsToken(end) && tokens.endsToken(end + 1));
	}

	/**
	 * A short run of words after the name that ends like a business name: 老王家羊汤馆, 小刘洗车行,
	 * 王家炉具厂. The run stops at punctuation, particles and verbs such as 在, 的, 说, 住.
	 */
	private boolean isBusiness(Tokens tokens, int end) {
		String text = tokens.text;
		for (int j = end; j < text.length() && j < end + BUSINESS_REACH; j++) {
			char c = text.charAt(j);
			if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || this.words.nameStopChars.contains(c)) {
				return false;
			}
			if (!tokens.endsToken(j + 1)) {
				continue;
			}
			String mark = this.words.businessMarks.endingAt(text, j + 1);
			if (mark != null && j + 1 - mark.length() >= end
					&& !this.words.businessMarkExceptions.contains(tokens.tokenEndingAt(j + 1))) {
				return true;
			}
		}
		return false;
	}

	/** “老刘烧烤”: a name at the head of a longer quoted name is a brand. */
	private static boolean isQuotedBrand(String text, int start, int end) {
		int open = -1;
		for (int i = start - 1; i >= 0 && i >= start - QUOTE_REACH; i--) {
			char c = text.charAt(i);
			if ("“「『\"‘".indexOf(c) >= 0) {
				open = i;
				break;
			}
			if ("”」』’。，；！？".indexOf(c) >= 0) {
				return false;
			}
		}
		if (open < 0 || open != start - 1) {
			return false;
		}
		for (int i = end; i < text.length() && i <= end + QUOTE_REACH; i++) {
			char c = text.charAt(i);
			if ("”」』\"’".indexOf(c) >= 0) {
				return i > end;
			}
			if ("。，；！？".indexOf(c) >= 0) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether the candidate can be a name at all: a given name of name characters, not a
	 * family (王家) or brand (李记, 王氏), not a kinship word (孙子才), not a common word (小区, 代表,
	 * 施工), not starting with a function word (白天忙), not where HanLP read the surname as
	 * the head of an ordinary word (找施工方).
	 */
	private boolean isPlausible(Tokens tokens, Candidate candidate) {
		String text = tokens.text;
		String word = text.substring(candidate.start(), candidate.end());
		if (candidate.givenLength() > 0) {
			if (!allGivenNameChars(text, candidate.surnameEnd(), candidate.end())) {
				return false;
			}
			char last = word.charAt(word.length() - 1);
			if ((last == '家' && candidate.givenLength() == 1) || last == '记' || last == '氏') {
				return false;
			}
			String kinship = this.words.personCues.startingAt(text, candidate.start());
			if (kinship != null && kinship.length() >= 2) {
				return false;
			}
			if (candidate.surnameLength() == 1 && candidate.givenLength() == 2
					&& isFunctionWord(text.substring(candidate.start(), candidate.start() + 2))) {
				return false;
			}
			Term first = tokens.termStartingAt(candidate.surnameStart());
			if (first != null && first.word.length() > candidate.surnameLength() && !isPersonNature(first)
					&& !first.nature.toString().equals("nz")) {
				return false;
			}
		}
		return !isCommonWord(word);
	}

	private boolean allGivenNameChars(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!this.words.isGivenNameChar(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A word of HanLP's core dictionary that is mostly not a person's name.
	 */
	private static boolean isCommonWord(String word) {
		CoreDictionary.Attribute attribute = CoreDictionary.get(word);
		if (attribute == null) {
			return false;
		}
		int person = 0;
		for (int i = 0; i < attribute.nature.length; i++) {
			if (attribute.nature[i].toString().startsWith("nr")) {
				person += attribute.frequency[i];
			}
		}
		return person * 2 < attribute.totalFrequency;
	}

	/**
	 * A dictionary word that is mostly a time word, adverb, conjunction, preposition,
	 * pronoun, locality, numeral or measure (白天, 马上, 于是): no name starts with it.
	 */
	private static boolean isFunctionWord(String word) {
		CoreDictionary.Attribute attribute = CoreDictionary.get(word);
		if (attribute == null) {
			return false;
		}
		int function = 0;
		for (int i = 0; i < attribute.nature.length; i++) {
			if ("tdcprfmq".indexOf(attribute.nature[i].toString().charAt(0)) >= 0) {
				function += attribute.frequency[i];
			}
		}
		return function * 2 > attribute.totalFrequency;
	}

	private static boolean isPersonNature(Term term) {
		String nature = term.nature.toString();
		return nature.equals("nr") || nature.equals("nr1") || nature.equals("nr2")
				|| (nature.equals("nrf") && term.word.length() <= 3);
	}

	/**
	 * HanLP's segmentation of one text, with the word boundaries at hand.
	 */
	static final class Tokens {

		final String text;

		final List<Term> terms;

		private final boolean[] starts;

		private final boolean[] ends;

		private final String[] endingAt;

		private final Term[] startingAt;

		Tokens(String text, List<Term> terms) {
			this.text = text;
			this.terms = terms;
			this.starts = new boolean[text.length() + 1];
			this.ends = new boolean[text.length() + 1];
			this.endingAt = new String[text.length() + 1];
			this.startingAt = new Term[text.length() + 1];
			for (Term term : terms) {
				int end = Math.min(text.length(), term.offset + term.word.length());
				this.starts[term.offset] = true;
				this.startingAt[term.offset] = term;
				this.ends[end] = true;
				this.endingAt[end] = term.word;
			}
		}

		boolean startsToken(int index) {
			return index >= 0 && index <= this.text.length() && this.starts[index];
		}

		boolean endsToken(int index) {
			return index >= 0 && index <= this.text.length() && this.ends[index];
		}

		Term termStartingAt(int index) {
			return (index >= 0 && index <= this.text.length()) ? this.startingAt[index] : null;
		}

		String tokenEndingAt(int index) {
			return this.endingAt[index];
		}

	}

}
