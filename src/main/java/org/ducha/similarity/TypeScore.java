package org.ducha.similarity;

import java.util.List;

/**
 * How strongly a text suggests a problem type (问题类型).
 *
 * @param type the type code: AIR, WATER, SOIL, NOISE, SOLID_WASTE, ECOLOGY, RADIATION,
 * MARINE or OTHER
 * @param score 0..1
 * @param keywords the rule keywords found in the text, for a person to see why
 */
public record TypeScore(String type, double score, List<String> keywords) {

	public TypeScore {
		keywords = List.copyOf(keywords);
	}

}
