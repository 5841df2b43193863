-- casework: transfer batches (第N批), case files, report rounds, reviews, timeline
CREATE TABLE transfer_batch (
    id             UUID PRIMARY KEY,
    campaign_id    UUID        NOT NULL,
    number         INTEGER     NOT NULL,
    status         VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(32) NOT NULL,
    transferred_at TIMESTAMP(6) WITH TIME ZONE,
    transferred_on DATE,
    transferred_by VARCHAR(32),
    version        INTEGER     NOT NULL,
    CONSTRAINT transfer_batch_number_uk UNIQUE (campaign_id, number)
);

CREATE TABLE transfer_batch_item (
    batch_id       UUID           NOT NULL REFERENCES transfer_batch (id),
    position       INTEGER        NOT NULL,
    complaint_id   UUID           NOT NULL,
    receipt_number VARCHAR(32)    NOT NULL,
    channel        VARCHAR(20)    NOT NULL,
    region_code    VARCHAR(6)     NOT NULL,
    problem_types  VARCHAR(200)   NOT NULL,
    description    VARCHAR(10000) NOT NULL,
    key_case       BOOLEAN        NOT NULL,
    supervised     BOOLEAN        NOT NULL,
    PRIMARY KEY (batch_id, position),
    -- a complaint goes out in one batch only
    CONSTRAINT transfer_batch_item_complaint_uk UNIQUE (complaint_id)
);

CREATE TABLE case_file (
    id                   UUID PRIMARY KEY,
    campaign_id          UUID           NOT NULL,
    complaint_id         UUID           NOT NULL,
    batch_id             UUID           NOT NULL REFERENCES transfer_batch (id),
    batch_number         INTEGER        NOT NULL,
    receipt_number       VARCHAR(32)    NOT NULL,
    channel              VARCHAR(20)    NOT NULL,
    description          VARCHAR(10000) NOT NULL,
    problem_types        VARCHAR(200)   NOT NULL,
    region_code          VARCHAR(6)     NOT NULL,
    key_case             BOOLEAN        NOT NULL,
    supervised           BOOLEAN        NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    status_before_return VARCHAR(20),
    transferred_on       DATE           NOT NULL,
    sign_due             DATE           NOT NULL,
    report_due           DATE           NOT NULL,
    signed_at            TIMESTAMP(6) WITH TIME ZONE,
    leader_in_charge     VARCHAR(200),
    lead_unit            VARCHAR(400),
    assisting_units      VARCHAR(1000),
    return_reason        VARCHAR(2000),
    return_basis         VARCHAR(2000),
    extension_until      DATE,
    extension_reason     VARCHAR(2000),
    extension_state      VARCHAR(20),
    closure              VARCHAR(20),
    concluded_at         TIMESTAMP(6) WITH TIME ZONE,
    version              INTEGER        NOT NULL,
    CONSTRAINT case_file_complaint_uk UNIQUE (complaint_id)
);

CREATE INDEX case_file_campaign_ix ON case_file (campaign_id, status);
CREATE INDEX case_file_region_ix ON case_file (region_code, status);
CREATE INDEX case_file_batch_ix ON case_file (batch_id);

CREATE TABLE case_report (
    id                        UUID PRIMARY KEY,
    case_id                   UUID          NOT NULL REFERENCES case_file (id),
    round                     INTEGER       NOT NULL,
    verdict                   VARCHAR(20)   NOT NULL,
    investigation             VARCHAR(10000) NOT NULL,
    target_outcome            VARCHAR(2000),
    actions                   VARCHAR(10000) NOT NULL,
    ordered_to_rectify        INTEGER       NOT NULL,
    penalised_units           INTEGER       NOT NULL,
    fines_yuan                BIGINT        NOT NULL,
    criminal_cases            INTEGER       NOT NULL,
    administrative_detentions INTEGER       NOT NULL,
    criminal_detentions       INTEGER       NOT NULL,
    summoned_persons          INTEGER       NOT NULL,
    accountable_persons       INTEGER       NOT NULL,
    referrals                 INTEGER       NOT NULL,
    accountability            VARCHAR(4000),
    closure                   VARCHAR(20)   NOT NULL,
    rectification_deadline    DATE,
    submitted_by              VARCHAR(32)   NOT NULL,
    submitted_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT case_report_round_uk UNIQUE (case_id, round)
);

CREATE TABLE case_report_finding (
    report_id  UUID         NOT NULL REFERENCES case_report (id),
    position   INTEGER      NOT NULL,
    allegation VARCHAR(1000) NOT NULL,
    verdict    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE case_review (
    id                        UUID PRIMARY KEY,
    case_id                   UUID        NOT NULL REFERENCES case_file (id),
    round                     INTEGER     NOT NULL,
    decision                  VARCHAR(20) NOT NULL,
    reasons                   VARCHAR(4000),
    problem_not_found_out     BOOLEAN     NOT NULL,
    rectification_not_done    BOOLEAN     NOT NULL,
    responsibility_not_pursued BOOLEAN    NOT NULL,
    complainant_not_satisfied BOOLEAN     NOT NULL,
    reviewed_by               VARCHAR(32) NOT NULL,
    reviewed_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX case_review_case_ix ON case_review (case_id);

CREATE TABLE case_activity (
    id          UUID PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES case_file (id),
    sequence    INTEGER      NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor       VARCHAR(32)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    remark      VARCHAR(4000),
    CONSTRAINT case_activity_sequence_uk UNIQUE (case_id, sequence)
);
