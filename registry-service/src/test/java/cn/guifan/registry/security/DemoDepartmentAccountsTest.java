package cn.guifan.registry.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDepartmentAccountsTest {

	@Test
	void eachSampleOrganHasADepartmentAccountWithAGeneratedPassword() {
		assertThat(new DemoDepartmentAccounts().accounts()).hasSize(10).allSatisfy((account) -> {
			assertThat(account.roles()).containsExactly(Roles.DEPARTMENT);
			assertThat(account.organization()).isNotBlank();
			assertThat(account.password()).as("generated at seeding").isNull();
		}).anySatisfy((account) -> {
			assertThat(account.name()).isEqualTo("qh-minzheng");
			assertThat(account.organization()).isEqualTo("青禾县民政局");
		});
	}

}
