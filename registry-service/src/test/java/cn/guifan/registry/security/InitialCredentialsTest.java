package cn.guifan.registry.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class InitialCredentialsTest {

	@SuppressWarnings("deprecation")
	static final PasswordEncoder PLAIN = NoOpPasswordEncoder.getInstance();

	@Test
	void theDemoHasADepartmentAccountForEachSampleOrganWithItsPasswordInTheCredentialsFile(@TempDir Path data)
			throws Exception {
		List<Account> accounts = SecurityConfiguration.initialUsers(data, PLAIN,
				SecurityConfiguration.DEMO_DEPARTMENTS);
		assertThat(accounts).hasSize(2 + SecurityConfiguration.DEMO_DEPARTMENTS.size());
		Account civilAffairs = accounts.stream()
			.filter((a) -> a.getUsername().equals("qh-minzheng"))
			.findFirst()
			.orElseThrow();
		assertThat(civilAffairs.organization()).isEqualTo("青禾县民政局");
		assertThat(civilAffairs.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_DEPARTMENT");
		List<String> lines = Files.readAllLines(data.resolve("initial-credentials.txt"));
		assertThat(lines).anyMatch((l) -> l.matches("qh-minzheng [0-9a-f]{24} 青禾县民政局"));
		assertThat(lines).anyMatch((l) -> l.matches("registrar [0-9a-f]{24}"));
	}

	@Test
	void departmentsAreAddedToAnEarlierFileOnceAndItsPasswordsKept(@TempDir Path data) throws Exception {
		SecurityConfiguration.initialUsers(data, PLAIN, List.of());
		List<String> before = Files.readAllLines(data.resolve("initial-credentials.txt"));
		assertThat(before).hasSize(2);
		SecurityConfiguration.initialUsers(data, PLAIN, SecurityConfiguration.DEMO_DEPARTMENTS);
		List<Account> again = SecurityConfiguration.initialUsers(data, PLAIN, SecurityConfiguration.DEMO_DEPARTMENTS);
		List<String> after = Files.readAllLines(data.resolve("initial-credentials.txt"));
		assertThat(after).startsWith(before.toArray(String[]::new))
			.hasSize(2 + SecurityConfiguration.DEMO_DEPARTMENTS.size());
		assertThat(again).hasSize(after.size());
	}

}
