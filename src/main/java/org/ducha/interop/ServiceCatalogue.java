package org.ducha.interop;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.ducha.intake.IntakeSettings;
import org.ducha.intake.ProblemType;

/**
 * The Open311 services: one per problem type (问题类型), each with a definition of its two
 * extra attributes — the sub-type from the campaign's dictionary and the reported object.
 */
@Component
public class ServiceCatalogue {

	/** The attribute carrying the sub-type (细分类型). */
	public static final String SUB_TYPE = "sub_type";

	/** The attribute carrying the reported object's name (被举报对象). */
	public static final String REPORTED_OBJECT = "reported_object";

	private final IntakeSettings settings;

	ServiceCatalogue(IntakeSettings settings) {
		this.settings = settings;
	}

	/**
	 * Every service, in the order of the problem types.
	 * @return the service codes
	 */
	public List<ProblemType> services() {
		return Arrays.asList(ProblemType.values());
	}

	/**
	 * The service with this code.
	 * @param code the code as the client sent it
	 * @return the problem type, if the code names one
	 */
	public Optional<ProblemType> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return services().stream()
			.filter((type) -> type.name().equals(code.strip().toUpperCase(Locale.ROOT)))
			.findFirst();
	}

	/**
	 * The sub-types a service offers.
	 * @param type the problem type
	 * @return its sub-types
	 */
	public List<String> subTypes(ProblemType type) {
		return this.settings.subTypesOf(type);
	}

}
