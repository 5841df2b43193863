package org.ducha.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application registers (method and path pattern), read from Spring
 * MVC itself, so that a new endpoint is found without anyone listing it.
 */
record Endpoints(List<Endpoint> all) {

	/** Paths of the framework and the OpenAPI document, not the application's. */
	static final Set<String> FRAMEWORK = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
			"/v3/api-docs/swagger-config", "/v3/api-docs/{group}", "/v3/api-docs.yaml/{group}", "/swagger-ui.html");

	static Endpoints of(RequestMappingHandlerMapping mapping) {
		Set<Endpoint> found = new TreeSet<>(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.ducha")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			Set<String> consumes = new TreeSet<>();
			entry.getKey().getConsumesCondition().getConsumableMediaTypes().forEach((t) -> consumes.add(t.toString()));
			boolean multipart = consumes.stream().anyMatch((t) -> t.startsWith("multipart/"));
			for (String path : entry.getKey().getPatternValues()) {
				if (FRAMEWORK.contains(path)) {
					continue;
				}
				if (methods.isEmpty()) {
					found.add(new Endpoint("GET", path, multipart));
				}
				for (RequestMethod method : methods) {
					found.add(new Endpoint(method.name(), path, multipart));
				}
			}
		}
		return new Endpoints(new ArrayList<>(found));
	}

	/**
	 * One endpoint.
	 *
	 * @param method the HTTP method
	 * @param path the path pattern, e.g. {@code /api/cases/{id}/sign}
	 * @param multipart whether it takes a file upload
	 */
	record Endpoint(String method, String path, boolean multipart) {

		boolean isApi() {
			return this.path.startsWith("/api/") || this.path.startsWith("/public/api/")
					|| this.path.startsWith("/open311/");
		}

		boolean isPublic() {
			return this.path.startsWith("/public") || this.path.startsWith("/open311/");
		}

		String key() {
			return this.method + " " + this.path;
		}

	}

}
