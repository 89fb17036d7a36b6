package cn.guifan.registry;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module and package rules, checked on the compiled classes: dependencies point one
 * way (schemas ← search-index, schemas ← ingest-batch, all of them and
 * managed-elasticsearch ← registry-service), the model is free of frameworks, the
 * registry's feature packages do not depend on each other in cycles, and only the
 * indexing feature's listener queues documents for the index.
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
			.resideInAnyPackage("cn.guifan.ingest..", "cn.guifan.registry..", "cn.guifan.managed..",
					"org.springframework..")
			.check(CLASSES);
	}

	@Test
	void ingestKnowsNothingOfTheRegistryOrTheIndex() {
		noClasses().that()
			.resideInAPackage("cn.guifan.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.guifan.registry..", "cn.guifan.search..", "cn.guifan.managed..")
			.check(CLASSES);
	}

	@Test
	void theManagedNodeKnowsNothingOfDocuments() {
		noClasses().that()
			.resideInAPackage("cn.guifan.managed..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.guifan.schemas..", "cn.guifan.search..", "cn.guifan.ingest..",
					"cn.guifan.registry..", "org.springframework..", "co.elastic..")
			.check(CLASSES);
	}

	@Test
	void onlyTheIndexingListenerQueuesDocumentsForTheIndex() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("cn.guifan.registry.indexing.IndexingListener")
			.should()
			.callMethodWhere(JavaCall.Predicates
				.target(HasOwner.Predicates.With
					.owner(HasName.Predicates.name("cn.guifan.registry.indexing.IndexOutbox")))
				.and(JavaCall.Predicates.target(HasName.Predicates.name("enqueue"))))
			.check(CLASSES);
	}

	@Test
	void theRegistrysFeaturePackagesHaveNoCycles() {
		slices().matching("cn.guifan.registry.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
