package org.ducha.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake settings.
 *
 * @param subTypes the sub-type dictionary per problem type (configurable: every campaign
 * publishes a slightly different list)
 */
@ConfigurationProperties("ducha.intake")
public record IntakeSettings(Map<ProblemType, List<String>> subTypes) {

	public IntakeSettings {
		subTypes = (subTypes == null) ? Map.of() : Map.copyOf(new EnumMap<>(subTypes));
	}

	public List<String> subTypesOf(ProblemType type) {
		return this.subTypes.getOrDefault(type, List.of());
	}

	public boolean isKnownSubType(List<ProblemType> types, String subType) {
		return types.stream().anyMatch((type) -> subTypesOf(type).contains(subType));
	}

}
