package org.ducha.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Opens the package-private rate limiter to tests in other packages.
 */
public final class PublicRateLimitsProbe {

	private final PublicRateLimits limits;

	public PublicRateLimitsProbe(int filingsPerTenMinutes, int lookupsPerMinute) {
		this(filingsPerTenMinutes, lookupsPerMinute, 120, 120);
	}

	public PublicRateLimitsProbe(int filingsPerTenMinutes, int lookupsPerMinute, int open311FilingsPerTenMinutes,
			int open311ReadsPerMinute) {
		this.limits = new PublicRateLimits(filingsPerTenMinutes, lookupsPerMinute, open311FilingsPerTenMinutes,
				open311ReadsPerMinute);
	}

	public boolean allow(HttpServletRequest request, HttpServletResponse response) {
		return this.limits.allow(request, response);
	}

}
