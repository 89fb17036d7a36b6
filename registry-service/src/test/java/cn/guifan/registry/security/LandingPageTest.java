package cn.guifan.registry.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class LandingPageTest {

	@Test
	void theBureauLandsOnTheRegistrarDeskAndDepartmentsOnTheirCleanupTasks() {
		assertThat(LandingPage.landing(signedIn(Roles.REGISTRAR))).isEqualTo("/registrar");
		assertThat(LandingPage.landing(signedIn(Roles.ADMIN))).isEqualTo("/registrar");
		assertThat(LandingPage.landing(signedIn(Roles.DEPARTMENT))).isEqualTo("/campaigns");
		assertThat(LandingPage.landing(signedIn("OTHER"))).isEqualTo("/");
	}

	private static UsernamePasswordAuthenticationToken signedIn(String role) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role)));
	}

}
