package org.ducha.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rate limits on what the public can do without signing in: filing complaints or
 * objections (default 5 per client per 10 minutes) and tracking lookups (default 30 per
 * client per minute). Over the limit the answer is 429. In memory per instance (token
 * buckets by Bucket4j); the client is the remote address. Open311 clients (interop) get
 * buckets of their own: a civic app files for many people from one address (default 120
 * filings per 10 minutes, 120 reads per minute), and are told in the spec's error format.
 */
@Configuration(proxyBeanMethods = false)
public class PublicRateLimits implements WebMvcConfigurer {

	private final int filingsPerTenMinutes;

	private final int lookupsPerMinute;

	private final int open311FilingsPerTenMinutes;

	private final int open311ReadsPerMinute;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	PublicRateLimits(@Value("${ducha.public.filings-per-ten-minutes:5}") int filingsPerTenMinutes,
			@Value("${ducha.public.lookups-per-minute:30}") int lookupsPerMinute,
			@Value("${ducha.open311.filings-per-ten-minutes:120}") int open311FilingsPerTenMinutes,
			@Value("${ducha.open311.reads-per-minute:120}") int open311ReadsPerMinute) {
		this.filingsPerTenMinutes = filingsPerTenMinutes;
		this.lookupsPerMinute = lookupsPerMinute;
		this.open311FilingsPerTenMinutes = open311FilingsPerTenMinutes;
		this.open311ReadsPerMinute = open311ReadsPerMinute;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				return allow(request, response);
			}
		}).addPathPatterns("/public/**", "/open311/**");
	}

	boolean allow(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI();
		String tooMany = "请稍后再试 / Too many requests, try again later";
		if (path.startsWith(request.getContextPath() + "/open311/")) {
			boolean filing = "POST".equals(request.getMethod());
			boolean xml = path.endsWith(".xml");
			return consume(request, response, filing ? "open311-file:" : "open311-read:", filing,
					filing ? this.open311FilingsPerTenMinutes : this.open311ReadsPerMinute,
					xml ? "text/xml" : "application/json",
					xml ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>429</code><description>"
							+ tooMany + "</description></error></errors>"
							: "[{\"code\":429,\"description\":\"" + tooMany + "\"}]");
		}
		boolean filing = "POST".equals(request.getMethod())
				&& (path.endsWith("/complaints") || path.endsWith("/objections"));
		boolean lookup = path.contains("/track");
		if (!filing && !lookup) {
			return true;
		}
		return consume(request, response, filing ? "file:" : "track:", filing,
				filing ? this.filingsPerTenMinutes : this.lookupsPerMinute, "application/problem+json",
				"{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + tooMany
						+ "\"}");
	}

	/**
	 * Takes a token from the client's bucket (per 10 minutes for filings, per minute
	 * otherwise); without one, answers 429 with the given body.
	 */
	private boolean consume(HttpServletRequest request, HttpServletResponse response, String kind, boolean filing,
			int capacity, String contentType, String body) {
		Bucket bucket = this.buckets.computeIfAbsent(kind + request.getRemoteAddr(),
				(k) -> bucket(capacity, filing ? Duration.ofMinutes(10) : Duration.ofMinutes(1)));
		if (bucket.tryConsume(1)) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", filing ? "600" : "60");
		response.setContentType(contentType);
		response.setCharacterEncoding("UTF-8");
		try {
			response.getWriter().write(body);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return false;
	}

	private static Bucket bucket(int capacity, Duration period) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

}
