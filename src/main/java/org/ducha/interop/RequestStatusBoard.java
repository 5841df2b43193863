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

	private final ServiceRequests requests;

	RequestStatusBoard(ServiceRequests requests) {
		this.requests = requests;
	}

	@ApplicationModuleListener(id = "interop.open311-accepted")
	void on(ComplaintAccepted event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-handed-over")
	void on(ComplaintHandedOver event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-transferred")
	void on(CaseTransferred event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-signed")
	void on(CaseSigned event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-reported")
	void on(CaseReported event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-returned")
	void on(CaseReturnedForRework event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-concluded")
	void on(CaseConcluded event) {
		this.requests.refresh(event.complaintId());
	}

	@ApplicationModuleListener(id = "interop.open311-reopened")
	void on(CaseReopened event) {
		this.requests.refresh(event.complaintId());
	}

}
