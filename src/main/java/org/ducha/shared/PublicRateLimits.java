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
 * buckets by Bucket4j); the client is the remote address.
 */
@Configuration(proxyBeanMethods = false)
public class PublicRateLimits implements WebMvcConfigurer {

	private final int filingsPerTenMinutes;

	private final int lookupsPerMinute;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	PublicRateLimits(@Value("${ducha.public.filings-per-ten-minutes:5}") int filingsPerTenMinutes,
			@Value("${ducha.public.lookups-per-minute:30}") int lookupsPerMinute) {
		this.filingsPerTenMinutes = filingsPerTenMinutes;
		this.lookupsPerMinute = lookupsPerMinute;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				return allow(request, response);
			}
		}).addPathPatterns("/public/**");
	}

	boolean allow(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI();
		boolean filing = "POST".equals(request.getMethod())
				&& (path.endsWith("/complaints") || path.endsWith("/objections"));
		boolean lookup = path.contains("/track");
		if (!filing && !lookup) {
			return true;
		}
		String key = (filing ? "file:" : "track:") + request.getRemoteAddr();
		Bucket bucket = this.buckets.computeIfAbsent(key,
				(k) -> filing ? bucket(this.filingsPerTenMinutes, Duration.ofMinutes(10))
						: bucket(this.lookupsPerMinute, Duration.ofMinutes(1)));
		if (bucket.tryConsume(1)) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", filing ? "600" : "60");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		try {
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
						+ "\"detail\":\"请稍后再试 / Too many requests, try again later\"}");
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
