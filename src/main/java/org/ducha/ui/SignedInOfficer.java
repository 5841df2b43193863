package org.ducha.ui;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.OfficerAccounts;

/**
 * Puts the signed-in officer (or null) into every page model as {@code me}, for the
 * navigation.
 */
@ControllerAdvice
class SignedInOfficer {

	private final OfficerAccounts accounts;

	SignedInOfficer(OfficerAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("me")
	CurrentOfficer me() {
		return this.accounts.current().orElse(null);
	}

}
