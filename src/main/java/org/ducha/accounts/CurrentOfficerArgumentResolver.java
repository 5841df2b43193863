package org.ducha.accounts;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controllers take a {@link CurrentOfficer} parameter.
 */
class CurrentOfficerArgumentResolver implements HandlerMethodArgumentResolver {

	private final OfficerAccounts accounts;

	CurrentOfficerArgumentResolver(OfficerAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentOfficer.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return this.accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
