package org.ducha.interop;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.ducha.shared.PublicRateLimitsProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 is rate-limited per client address like the public portal, with buckets of its
 * own, and over the limit it answers 429 in the spec's error format of the asked format.
 */
class Open311RateLimitTests {

	@Test
	void filingsOverTheLimitGet429AsAnErrorArray() throws Exception {
		PublicRateLimitsProbe limits = new PublicRateLimitsProbe(100, 100, 2, 100);
		assertThat(limits.allow(filing("json"), new MockHttpServletResponse())).isTrue();
		assertThat(limits.allow(filing("json"), new MockHttpServletResponse())).isTrue();
		MockHttpServletResponse json = new MockHttpServletResponse();
		assertThat(limits.allow(filing("json"), json)).isFalse();
		assertThat(json.getStatus()).isEqualTo(429);
		assertThat(json.getHeader("Retry-After")).isEqualTo("600");
		assertThat(json.getContentAsString()).startsWith("[{\"code\":429,");
		MockHttpServletResponse xml = new MockHttpServletResponse();
		assertThat(limits.allow(filing("xml"), xml)).isFalse();
		assertThat(xml.getContentType()).startsWith("text/xml");
		assertThat(xml.getContentAsString()).contains("<errors><error><code>429</code>");
	}

	@Test
	void readsHaveTheirOwnBucket() {
		PublicRateLimitsProbe limits = new PublicRateLimitsProbe(100, 100, 1, 2);
		assertThat(limits.allow(filing("json"), new MockHttpServletResponse())).isTrue();
		assertThat(limits.allow(filing("json"), new MockHttpServletResponse())).isFalse();
		MockHttpServletRequest read = new MockHttpServletRequest("GET", "/open311/v2/requests.json");
		assertThat(limits.allow(read, new MockHttpServletResponse())).isTrue();
		assertThat(limits.allow(read, new MockHttpServletResponse())).isTrue();
		MockHttpServletResponse over = new MockHttpServletResponse();
		assertThat(limits.allow(read, over)).isFalse();
		assertThat(over.getStatus()).isEqualTo(429);
	}

	private static MockHttpServletRequest filing(String format) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/open311/v2/requests." + format);
		request.setRemoteAddr("203.0.113.7");
		return request;
	}

}
