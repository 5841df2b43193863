package org.ducha;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module graph: every module talks to others only through their APIs and the
 * dependencies it declares, and the complainant's identity ({@code intake.contact}) is
 * out of reach of every other module.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DuchaApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void noModuleButIntakeFollowUpAndNotificationsTouchesTheSealedComplainantIdentity() {
		noClasses().that()
			.resideOutsideOfPackages("org.ducha.intake..", "org.ducha.followup..", "org.ducha.notifications..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.ducha.intake.contact..")
			.because("the complainant's identity is sealed: only intake, follow-up and notifications (which "
					+ "declare intake :: contact) may use it")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.ducha"));
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
