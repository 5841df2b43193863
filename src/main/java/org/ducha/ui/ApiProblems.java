package org.ducha.ui;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

import tools.jackson.core.JacksonException;

/**
 * Every error of the JSON API as {@code application/problem+json}; input errors carry
 * {@code errors: [{field, message}]} in the caller's language. Nothing a client sends
 * ends in a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	static final URI VALIDATION = URI.create("https://ducha.example/problems/validation");

	private static final String CONCURRENT_EDIT = "conflict.concurrentEdit";

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<Object> ruleViolation(RuleViolationException ex) {
		List<Map<String, String>> errors = ex.violations()
			.stream()
			.map((violation) -> Map.of("field", violation.field(), "code", violation.code(), "message",
					message(violation)))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return coded(HttpStatus.NOT_FOUND, ex.code(), text(ex.code(), ex.args()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex) {
		return coded(HttpStatus.CONFLICT, ex.code(), text(ex.code(), ex.args()));
	}

	/**
	 * A concurrent change won: a stale version, or a row lock not granted in time (the
	 * database's lock timeout or deadlock detection). The client may reload and retry.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	ResponseEntity<Object> concurrentEdit(org.springframework.dao.ConcurrencyFailureException ex) {
		return coded(HttpStatus.CONFLICT, CONCURRENT_EDIT, text(CONCURRENT_EDIT));
	}

	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(org.springframework.dao.DataIntegrityViolationException ex) {
		log.warn("A concurrent change collided on a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return coded(HttpStatus.CONFLICT, CONCURRENT_EDIT, text(CONCURRENT_EDIT));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, text("error.forbidden"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(fieldError(ex.getName(), text("field.invalidValue"))));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected error answering an API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(fieldError(error.getField(), this.messages.getMessage(error, locale())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(fieldError(error.getObjectName(), this.messages.getMessage(error, locale()))));
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(fieldError(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale())))));
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = null;
		for (Throwable cause = ex; cause != null && jackson == null; cause = cause.getCause()) {
			if (cause instanceof JacksonException candidate && !candidate.getPath().isEmpty()) {
				jackson = candidate;
			}
		}
		if (jackson != null) {
			StringBuilder field = new StringBuilder();
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					field.append('[').append(reference.getIndex()).append(']');
				}
			}
			return invalid(List.of(fieldError(field.toString(), text("field.invalidValue"))));
		}
		return invalid(List.of(fieldError("body", text("request.unreadable"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(fieldError(ex.getParameterName(), text("field.required"))));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<Object> missingHeader(MissingRequestHeaderException ex) {
		return invalid(List.of(fieldError(ex.getHeaderName(), text("field.required"))));
	}

	private ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("request.invalid"));
		problem.setType(VALIDATION);
		problem.setTitle(text("request.invalid.title"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/**
	 * A problem that also names the message code ({@code code}), for clients that act on
	 * the kind of refusal rather than its wording.
	 */
	private ResponseEntity<Object> coded(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return ResponseEntity.status(status).body(problem);
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private String message(FieldViolation violation) {
		return text(violation.code(), violation.args());
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
