package org.ducha.notifications;

import java.util.List;
import java.util.UUID;

/**
 * A notice to send: the kind, what it is about (for de-duplication), the template's
 * arguments (no personal data), and a link into Ducha.
 *
 * @param kind the kind
 * @param campaignId the campaign (for its switches)
 * @param subject what it is about, unique per occurrence, e.g. a case id and round
 * @param args template arguments
 * @param link a path in Ducha, or null
 * @param complaintId the complaint (for complainant notices)
 */
record Notice(NoticeKind kind, UUID campaignId, String subject, List<String> args, String link, UUID complaintId) {

	Notice {
		args = List.copyOf(args);
	}

}
