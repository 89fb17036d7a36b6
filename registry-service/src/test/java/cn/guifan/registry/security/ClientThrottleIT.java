package cn.guifan.registry.security;

import java.net.http.HttpResponse;

import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client trying passwords on many accounts: no account fails often enough to be
 * locked, but the client's address is refused, the right password of another account too,
 * on the API and the login form alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR", "guifan.security.login.max-client-failures=4" })
class ClientThrottleIT extends RegistryIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aClientThatFailedOnManyAccountsIsRefusedEvenTheRightPassword() {
		Http http = new Http(this.port);
		assertThat(http.getAs("/api/v1/audit", "registrar", "s3cret").statusCode()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(http.getAs("/api/v1/audit", "guess-" + i, "password").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = http.getAs("/api/v1/audit", "registrar", "s3cret");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(http.json(refused).get("detail").asString()).isEqualTo("此地址登录失败次数过多，请稍后再试。");
		assertThat(Http.browser(this.port).login("registrar", "s3cret").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?throttled"));
	}

}
