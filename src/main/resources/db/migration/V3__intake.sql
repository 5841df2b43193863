-- intake: complaints, their timeline, receipt-number counters, idempotency keys
CREATE TABLE complaint (
    id                      UUID PRIMARY KEY,
    campaign_id             UUID          NOT NULL,
    receipt_number          VARCHAR(32)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    channel                 VARCHAR(20)   NOT NULL,
    received_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    received_day            DATE          NOT NULL,
    postmark_date           DATE,
    recorded_message        BOOLEAN       NOT NULL,
    reported_object_name    VARCHAR(400),
    reported_object_address VARCHAR(600),
    location                VARCHAR(1000),
    description             VARCHAR(10000) NOT NULL,
    sub_type                VARCHAR(50),
    wishes                  VARCHAR(4000),
    region_code             VARCHAR(6),
    anonymous               BOOLEAN       NOT NULL,
    may_contact             BOOLEAN       NOT NULL,
    screening_decision      VARCHAR(20),
    screening_reason        VARCHAR(2000),
    receiving_body          VARCHAR(400),
    screened_at             TIMESTAMP(6) WITH TIME ZONE,
    registered_by           VARCHAR(32)   NOT NULL,
    registered_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version                 INTEGER       NOT NULL,
    CONSTRAINT complaint_receipt_number_uk UNIQUE (receipt_number)
);

CREATE INDEX complaint_campaign_received_ix ON complaint (campaign_id, received_at);
CREATE INDEX complaint_campaign_status_ix ON complaint (campaign_id, status);
CREATE INDEX complaint_region_ix ON complaint (region_code);
CREATE INDEX complaint_received_day_ix ON complaint (received_day);

CREATE TABLE complaint_problem_type (
    complaint_id UUID        NOT NULL REFERENCES complaint (id),
    problem_type VARCHAR(20) NOT NULL,
    PRIMARY KEY (complaint_id, problem_type)
);

CREATE INDEX complaint_problem_type_type_ix ON complaint_problem_type (problem_type);

CREATE TABLE complaint_related_receipt (
    complaint_id   UUID        NOT NULL REFERENCES complaint (id),
    position       INTEGER     NOT NULL,
    receipt_number VARCHAR(32) NOT NULL,
    PRIMARY KEY (complaint_id, position)
);

CREATE TABLE complaint_activity (
    id           UUID PRIMARY KEY,
    complaint_id UUID         NOT NULL REFERENCES complaint (id),
    sequence     INTEGER      NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(32)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20),
    remark       VARCHAR(2000),
    CONSTRAINT complaint_activity_sequence_uk UNIQUE (complaint_id, sequence)
);

-- 受理编号 counters: one row per campaign, prefix (channel letter + round + unit) and day
CREATE TABLE receipt_counter (
    campaign_id UUID        NOT NULL,
    prefix      VARCHAR(10) NOT NULL,
    received_day DATE       NOT NULL,
    last_value  INTEGER     NOT NULL,
    PRIMARY KEY (campaign_id, prefix, received_day)
);

CREATE TABLE idempotency_key (
    scope        VARCHAR(32)  NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    complaint_id UUID         NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

-- intake.contact: the sealed complainant identity (ciphertext only) and every reveal of it
CREATE TABLE sealed_contact (
    complaint_id UUID PRIMARY KEY REFERENCES complaint (id),
    key_id       VARCHAR(20)   NOT NULL,
    ciphertext   VARCHAR(4000) NOT NULL,
    sealed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE contact_reveal (
    id          UUID PRIMARY KEY,
    complaint_id UUID         NOT NULL REFERENCES complaint (id),
    revealed_by VARCHAR(32)   NOT NULL,
    revealed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason      VARCHAR(1000) NOT NULL
);

CREATE INDEX contact_reveal_complaint_ix ON contact_reveal (complaint_id, revealed_at);
