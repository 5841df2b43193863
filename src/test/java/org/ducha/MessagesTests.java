package org.ducha;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string comes from the messages files: the Chinese and English files
 * hold the same keys, every key a template or the code names exists, and templates hold
 * no text of their own.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	/**
	 * Text between tags that contains a letter (Latin or CJK), outside Thymeleaf
	 * expressions.
	 */
	static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(?:placeholder|title|alt|aria-label)=\"([^\"]*)\"");

	static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	static final Pattern CODE_KEY = Pattern.compile("\"((?:field|complaint|campaign|contact|screening|account|"
			+ "idempotency|request|error|conflict|batch|case|report|review|evidence|followup|disclosure|track|region|bulletin|accountability|chart|rectification|notice|attachment|similarity|typicalCase)\\.[a-zA-Z0-9_.]+)\"");

	@Test
	void chineseAndEnglishHoldTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageCodeTheCodeRaisesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!matcher.group(1).endsWith(".") && !keys.contains(matcher.group(1))) {
						missing.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				if (!text.group(1).isBlank()) {
					found.add(template.getFileName() + ": " + text.group(1).strip());
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(1).codePoints().anyMatch(Character::isLetter)) {
					found.add(template.getFileName() + ": " + attribute.group(0).strip());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void detectsHardCodedTextWhenThereIsSome() {
		assertThat(TEXT_NODE.matcher("<p>登记</p>").find()).isTrue();
		assertThat(TEXT_NODE.matcher("<button>Save</button>").find()).isTrue();
		assertThat(TEXT_NODE.matcher("<p th:text=\"#{x}\"></p>").find()).isFalse();
		assertThat(LITERAL_ATTRIBUTE.matcher("<input placeholder=\"如 141002\">").find()).isTrue();
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).toList();
		}
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
