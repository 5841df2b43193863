-- disclosure: the rows of each batch's 公开情况一览表, redacted, drafted then published
CREATE TABLE disclosure_entry (
    id             UUID PRIMARY KEY,
    campaign_id    UUID           NOT NULL,
    case_id        UUID           NOT NULL,
    batch_id       UUID           NOT NULL,
    batch_number   INTEGER        NOT NULL,
    receipt_number VARCHAR(32)    NOT NULL,
    region_code    VARCHAR(6)     NOT NULL,
    problem_types  VARCHAR(200)   NOT NULL,
    summary        VARCHAR(10000) NOT NULL,
    investigation  VARCHAR(10000) NOT NULL,
    verdict        VARCHAR(20)    NOT NULL,
    target_outcome VARCHAR(2000),
    actions        VARCHAR(10000) NOT NULL,
    closure        VARCHAR(20)    NOT NULL,
    accountability VARCHAR(4000),
    is_update      BOOLEAN        NOT NULL,
    redactions     INTEGER        NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    published_at   TIMESTAMP(6) WITH TIME ZONE,
    published_by   VARCHAR(32),
    version        INTEGER        NOT NULL
);

CREATE INDEX disclosure_entry_campaign_ix ON disclosure_entry (campaign_id, status, batch_number);
CREATE INDEX disclosure_entry_batch_ix ON disclosure_entry (batch_id, status);
CREATE INDEX disclosure_entry_case_ix ON disclosure_entry (case_id);
