package cn.guifan.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module and package rules of the brief, checked on the compiled classes:
 * dependencies point one way (schemas ← search-index ← ingest-batch ← registry-service),
 * the model is free of frameworks, and the registry's feature packages do not depend on
 * each other in cycles.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.guifan");

	@Test
	void theModelUsesNoFramework() {
		noClasses().that()
			.resideInAPackage("cn.guifan.schemas..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "co.elastic..", "com.hankcs..", "org.apache.tika..",
					"tools.jackson..", "cn.guifan.search..", "cn.guifan.ingest..", "cn.guifan.registry..")
			.check(CLASSES);
	}

	@Test
	void theSearchIndexKnowsNothingOfIngestOrTheRegistry() {
		noClasses().that()
			.resideInAPackage("cn.guifan.search..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.guifan.ingest..", "cn.guifan.registry..", "org.springframework..")
			.check(CLASSES);
	}

	@Test
	void ingestKnowsNothingOfTheRegistry() {
		noClasses().that()
			.resideInAPackage("cn.guifan.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("cn.guifan.registry..")
			.check(CLASSES);
	}

	@Test
	void theRegistrysFeaturePackagesHaveNoCycles() {
		slices().matching("cn.guifan.registry.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
