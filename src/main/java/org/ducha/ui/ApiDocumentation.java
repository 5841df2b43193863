package org.ducha.ui;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/**} (Swagger UI at {@code /swagger-ui.html}): HTTP
 * Basic, and on every operation the error answers {@link ApiProblems} actually gives, as
 * problem details ({@code application/problem+json}, with {@code errors[]} naming fields
 * on 400) — springdoc cannot infer those from the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI duchaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Ducha API")
				.version("v1")
				.description("督察信访件受理、交办、办理与公开. Sign in with HTTP Basic (an officer's user name and "
						+ "password); which role may call what is stated per operation by its 403. Errors are "
						+ "problem details (RFC 9457) in the caller's language (Accept-Language or the ducha-lang "
						+ "cookie)."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses()
						: new ApiResponses();
				operation.setResponses(responses);
				boolean hasInput = operation.getRequestBody() != null
						|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
				if (hasInput) {
					add(responses, "400", "A rule was broken or a value is invalid; errors[] names each field",
							Map.of("status", 400, "title", "Bad Request", "detail", "请更正下列内容", "errors",
									List.of(Map.of("field", "description", "message", "不能少于 5 个字"))));
				}
				add(responses, "401", "Not signed in (HTTP Basic)",
						Map.of("status", 401, "title", "Unauthorized", "detail", "Sign-in required"));
				add(responses, "403", "The officer's role may not do this",
						Map.of("status", 403, "title", "Forbidden", "detail", "Not permitted"));
				if (path.contains("{")) {
					add(responses, "404", "No such record, or outside the officer's jurisdiction",
							Map.of("status", 404, "title", "Not Found", "detail", "没有此记录"));
				}
				if (method != PathItem.HttpMethod.GET) {
					add(responses, "409", "A concurrent change, or the record is not in a state that allows this",
							Map.of("status", 409, "title", "Conflict", "detail", "该记录已被他人修改，请刷新后重试"));
				}
				problemContent(operation);
			}));
		};
	}

	/** Error answers springdoc inferred without content get the problem schema. */
	private static void problemContent(Operation operation) {
		operation.getResponses().forEach((code, response) -> {
			if (code.startsWith("4") && (response.getContent() == null || response.getContent().isEmpty())) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
		});
	}

	private static void add(ApiResponses responses, String code, String description, Map<String, Object> example) {
		if (responses.containsKey(code)) {
			return;
		}
		responses.addApiResponse(code, new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)).example(example))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema().example("description"))
			.addProperty("message", new StringSchema().example("不能少于 5 个字"));
		return new ObjectSchema().description("Problem details (RFC 9457)")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Bad Request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldError).description("the fields at fault (400 only)"));
	}

}
