package org.ducha.notifications;

import java.util.UUID;

/**
 * A campaign switched a kind of notice on or off (recorded in the audit trail: who
 * silenced which notices, when).
 *
 * @param campaignId the campaign
 * @param kind the kind of notice
 * @param on whether it is sent from now on
 */
public record NoticeSwitched(UUID campaignId, NoticeKind kind, boolean on) {

}
