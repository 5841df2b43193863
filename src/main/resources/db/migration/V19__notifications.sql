-- notifications: the outbox (written in the transaction of the event that causes a notice), the in-app
-- inbox, officers' delivery addresses, and per-campaign switches for each kind of notice.

-- One row per (notice, recipient, channel). dedup_key makes a redelivered event unable to add a second row.
-- No personal data: a complainant is named by the complaint id; the phone is read from the sealed contact
-- at the moment of sending.
CREATE TABLE notification_outbox (
    id              UUID PRIMARY KEY,
    dedup_key       VARCHAR(300)  NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    campaign_id     UUID,
    recipient       VARCHAR(100)  NOT NULL,
    complaint_id    UUID,
    args            VARCHAR(2000) NOT NULL,
    link            VARCHAR(300),
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    claimed_at      TIMESTAMP(6) WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT notification_outbox_dedup_uk UNIQUE (dedup_key)
);

CREATE INDEX notification_outbox_due_ix ON notification_outbox (status, next_attempt_at);
CREATE INDEX notification_outbox_created_ix ON notification_outbox (created_at);

-- The in-app inbox: one row per delivered IN_APP message (outbox_id unique: delivered once).
CREATE TABLE notification_inbox (
    id         UUID PRIMARY KEY,
    outbox_id  UUID          NOT NULL REFERENCES notification_outbox (id),
    recipient  VARCHAR(100)  NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    args       VARCHAR(2000) NOT NULL,
    link       VARCHAR(300),
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT notification_inbox_outbox_uk UNIQUE (outbox_id)
);

CREATE INDEX notification_inbox_recipient_ix ON notification_inbox (recipient, created_at);

-- Where an officer wants e-mail and SMS notices (optional; without them only the inbox is used).
CREATE TABLE notification_address (
    username   VARCHAR(32)  PRIMARY KEY,
    email      VARCHAR(200),
    phone      VARCHAR(40),
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- A kind of notice switched off (or back on) for one campaign; no row means on.
CREATE TABLE notification_switch (
    campaign_id UUID        NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    changed_by  VARCHAR(32) NOT NULL,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, kind)
);
