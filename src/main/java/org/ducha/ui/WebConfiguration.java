package org.ducha.ui;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: pages are in Simplified Chinese unless the reader picks English
 * ({@code ?lang=en}, remembered in a cookie). API and Open311 clients may ask for English
 * with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("ducha-lang");
		resolver.setDefaultLocaleFunction((request) -> {
			boolean client = request.getRequestURI().startsWith("/api/")
					|| request.getRequestURI().startsWith("/open311/");
			if (client && request.getHeader("Accept-Language") != null
					&& request.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
				return Locale.ENGLISH;
			}
			return Locale.SIMPLIFIED_CHINESE;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
