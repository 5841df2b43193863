package org.ducha.ui;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import org.ducha.shared.ConflictException;
import org.ducha.shared.NotFoundException;

/**
 * Domain errors on pages become a readable error page with the right status.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView page = errorPage(HttpStatus.NOT_FOUND, ex.code());
		page.addObject("args", ex.args());
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter() {
		return errorPage(HttpStatus.BAD_REQUEST, "request.invalid");
	}

	/**
	 * A rule violation a page did not turn into a form message itself (e.g. a bad filter
	 * in the address) is a bad request, not a server error.
	 */
	@ExceptionHandler(org.ducha.shared.RuleViolationException.class)
	ModelAndView ruleViolation(org.ducha.shared.RuleViolationException ex) {
		ModelAndView page = errorPage(HttpStatus.BAD_REQUEST, ex.violations().get(0).code());
		page.addObject("args", ex.violations().get(0).args());
		return page;
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		ModelAndView page = errorPage(HttpStatus.CONFLICT, ex.code());
		page.addObject("args", ex.args());
		return page;
	}

	/**
	 * Input the database refuses (e.g. a NUL character PostgreSQL does not store) or a
	 * collision on a unique key is a refusal, not a server error.
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ModelAndView refusedByTheDatabase() {
		return errorPage(HttpStatus.CONFLICT, "conflict.concurrentEdit");
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class,
			org.springframework.dao.PessimisticLockingFailureException.class })
	ModelAndView concurrentEdit() {
		return errorPage(HttpStatus.CONFLICT, "conflict.concurrentEdit");
	}

	private static ModelAndView errorPage(HttpStatus status, String messageCode) {
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageCode", messageCode);
		page.addObject("args", new Object[0]);
		return page;
	}

}
