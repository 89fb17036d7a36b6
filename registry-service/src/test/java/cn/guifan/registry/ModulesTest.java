package cn.guifan.registry;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The registry's features as Spring Modulith sees them: each direct sub-package of
 * {@code cn.guifan.registry} is a module; the test fails when modules depend on each
 * other in a cycle or one reaches into another's internals.
 */
class ModulesTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(GuifanApplication.class);

	@Test
	void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
		MODULES.verify();
	}

}
