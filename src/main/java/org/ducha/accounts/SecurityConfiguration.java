package org.ducha.accounts;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: HTTP Basic for the JSON API under {@code /api/**} (stateless, problem-detail
 * errors) and form sign-in with CSRF protection for the pages. Which role may call what
 * is declared on the controllers ({@code @PreAuthorize}); which records a role may see is
 * decided in the queries ({@link Jurisdiction}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/maps/**", "/webjars/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/public/**" };

	/**
	 * No inline script anywhere (htmx is loaded as a file and told not to inject styles);
	 * Swagger UI, which needs inline styles, gets its own chain below.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(0)
	SecurityFilterChain swaggerSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
							+ "frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * Requests the firewall refuses (encoded slashes, NUL, backslashes, path tricks) get
	 * a problem detail like every other refusal, not an empty 400.
	 */
	@Bean
	org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(JsonMapper jsonMapper) {
		return (request, response, rejected) -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"请求地址含有不允许的字符 / The request address holds characters that are not allowed");
			problem.setTitle("Bad Request");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(jsonMapper.writeValueAsString(problem));
		};
	}

	/**
	 * bcrypt (by Spring Security's delegating encoder), with matches remembered for a few
	 * minutes: HTTP Basic API clients send the password with every request.
	 * @return the encoder
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, exception) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"ducha\"");
				writeProblem(jsonMapper, response, HttpStatus.UNAUTHORIZED, "Sign-in required");
			}))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response,
					exception) -> writeProblem(jsonMapper, response, HttpStatus.FORBIDDEN, "Not permitted")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Open311 GeoReport v2 (interop): public, no session, no CSRF; filing needs the
	 * client's API key, checked by the endpoint itself.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain open311Security(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/campaigns/*/notice")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/public/api/**"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	WebMvcConfigurer currentOfficerResolver(OfficerAccounts accounts) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentOfficerArgumentResolver(accounts));
			}
		};
	}

	private static void writeProblem(JsonMapper jsonMapper, jakarta.servlet.http.HttpServletResponse response,
			HttpStatus status, String detail) throws java.io.IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(jsonMapper.writeValueAsString(problem));
	}

}
