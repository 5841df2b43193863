package org.ducha.interop;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ducha.casework.CaseConcluded;
import org.ducha.casework.CaseReopened;
import org.ducha.casework.CaseReported;
import org.ducha.casework.CaseReturnedForRework;
import org.ducha.casework.CaseSigned;
import org.ducha.casework.CaseTransferred;
import org.ducha.intake.ComplaintAccepted;
import org.ducha.intake.ComplaintHandedOver;

/**
 * Keeps the public status of Open311 requests current: on every step of intake and
 * casework it re-reads the complaint and its case (so repeated or reordered events do no
 * harm) and updates the request's open/closed, notes and responsible agency.
 */
@Component
class RequestStatusBoard {

	/**
	 * Only events about complaints filed through Open311 are delivered: the others would
	 * each cost an event registry row and a transaction to find there is nothing to do.
	 */
	static final String TRACKED = "@serviceRequests.tracks(#event.complaintId())";

	private final ServiceRequests requests;

	RequestStatusBoard(ServiceRequests requests) {
		this.requests = requests;
	}

	@ApplicationModuleListener(id = "interop.open311-accepted", condition = TRACKED)
	void on(ComplaintAccepted event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-handed-over", condition = TRACKED)
	void on(ComplaintHandedOver event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-transferred", condition = TRACKED)
	void on(CaseTransferred event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-signed", condition = TRACKED)
	void on(CaseSigned event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-reported", condition = TRACKED)
	void on(CaseReported event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-returned", condition = TRACKED)
	void on(CaseReturnedForRework event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-concluded", condition = TRACKED)
	void on(CaseConcluded event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-reopened", condition = TRACKED)
	void on(CaseReopened event) {
		this.requests.refresh(event.complaintId());
	}

}
