package org.ducha;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/**
 * House rules that the compiler does not enforce.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ducha");

	@Test
	void injectsThroughConstructorsNotFields() {
		noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
	}

	@Test
	void writesNothingToStandardOutOrError() {
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
	}

	@Test
	void readsTheTimeOnlyFromTheInjectedClock() {
		noClasses().should()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.OffsetDateTime.class, "now")
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("tests fix the time through the Clock bean")
			.check(CLASSES);
	}

	@Test
	void packagesByDomainConceptNotByLayer() {
		noClasses().should()
			.resideInAnyPackage("..controller..", "..service..", "..mapper..", "..dto..", "..vo..", "..impl..",
					"..util..", "..utils..")
			.check(CLASSES);
	}

}
