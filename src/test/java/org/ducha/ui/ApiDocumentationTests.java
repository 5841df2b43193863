package org.ducha.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document is valid OpenAPI 3 (checked by swagger-parser), names every
 * {@code /api/**} endpoint the application serves, and gives every operation its error
 * answers as problem details; Swagger UI is linked for signed-in officers.
 */
@IntegrationTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	OfficerAccounts accounts;

	static String document;

	@Test
	void isValidOpenApi() throws Exception {
		SwaggerParseResult result = parse();
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
		assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsKey("basic");
	}

	@Test
	void documentsEveryApiEndpoint() throws Exception {
		OpenAPI api = parse().getOpenAPI();
		Set<String> documented = new TreeSet<>();
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.keySet()
				.forEach((method) -> documented.add(method.name() + " " + path)));
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						served.add(method.name() + " " + pattern.replaceAll("\\{([^}:]+):[^}]+}", "{$1}"));
					}
				}
			}
		});
		assertThat(served).hasSizeGreaterThan(40);
		assertThat(documented).containsAll(served);
	}

	@Test
	void everyOperationAnswersErrorsAsProblemDetails() throws Exception {
		OpenAPI api = parse().getOpenAPI();
		List<String> lacking = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (!hasProblem(operation, "401") || !hasProblem(operation, "403")
					|| (path.contains("{") && !hasProblem(operation, "404"))
					|| (method != PathItem.HttpMethod.GET && !hasProblem(operation, "409"))) {
				lacking.add(method + " " + path);
			}
			if (operation.getResponses().keySet().stream().noneMatch((code) -> code.startsWith("2"))) {
				lacking.add(method + " " + path + " (no success answer)");
			}
		}));
		assertThat(lacking).isEmpty();
		ApiResponse badRequest = api.getPaths().get("/api/imports").getPost().getResponses().get("400");
		assertThat(badRequest.getContent().get("application/problem+json").getExample()).isNotNull();
		assertThat(api.getComponents().getSchemas().get("Problem").getProperties()).containsKeys("status", "title",
				"detail", "errors");
	}

	@Test
	void swaggerUiIsLinkedForSignedInOfficers() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
		Fixtures.ensureAccounts(this.accounts);
		this.mvc.perform(get("/").with(user(this.accounts.loadUserByUsername(Fixtures.CLERK))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/swagger-ui.html\"")))
			.andExpect(content().string(containsString("href=\"/imports\"")));
	}

	private static boolean hasProblem(Operation operation, String code) {
		ApiResponse response = operation.getResponses().get(code);
		if (response == null) {
			return false;
		}
		Content content = response.getContent();
		return content != null && content.values()
			.stream()
			.anyMatch((media) -> media.getSchema() != null && media.getSchema().get$ref() != null
					&& media.getSchema().get$ref().toLowerCase(Locale.ROOT).endsWith("/problem"));
	}

	private SwaggerParseResult parse() throws Exception {
		if (document == null) {
			document = this.mvc.perform(get("/v3/api-docs"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		return new OpenAPIV3Parser().readContents(document, null, options);
	}

}
