package cn.guifan.registry.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests a browser marks as sent by a page of another site, and which come from
 * this site or from a client that is not a browser.
 */
class CrossSiteRequestsTest {

	@Test
	void aRequestWithoutBrowserHeadersIsAClients() {
		assertThat(CrossSiteRequests.isCrossSite(request("localhost:8080", null, null))).isFalse();
	}

	@Test
	void thisSitesOwnPagesAreNotCrossSite() {
		assertThat(CrossSiteRequests.isCrossSite(request("localhost:8080", "http://localhost:8080", "same-origin")))
			.isFalse();
		assertThat(CrossSiteRequests.isCrossSite(request("guifan.example.cn", "https://guifan.example.cn", null)))
			.isFalse();
		assertThat(CrossSiteRequests.isCrossSite(request("guifan.example.cn:443", "https://guifan.example.cn", null)))
			.isFalse();
	}

	@Test
	void anotherSitesPageIsCrossSite() {
		assertThat(CrossSiteRequests.isCrossSite(request("localhost:8080", "https://evil.example", null))).isTrue();
		assertThat(CrossSiteRequests.isCrossSite(request("localhost:8080", "http://localhost:9999", null))).isTrue();
		assertThat(CrossSiteRequests.isCrossSite(request("localhost:8080", "null", null))).isTrue();
		assertThat(CrossSiteRequests.isCrossSite(request("localhost:8080", null, "cross-site"))).isTrue();
	}

	private static MockHttpServletRequest request(String host, String origin, String fetchSite) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/jobs/expiry-sweep");
		request.addHeader("Host", host);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		if (fetchSite != null) {
			request.addHeader("Sec-Fetch-Site", fetchSite);
		}
		return request;
	}

}
