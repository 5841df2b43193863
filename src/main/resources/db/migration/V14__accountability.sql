-- accountability: 约谈、通报、曝光、诫勉谈话、党纪政务处分、移送 records and their follow-up
CREATE TABLE accountability_record (
    id              UUID PRIMARY KEY,
    campaign_id     UUID          NOT NULL,
    target_type     VARCHAR(20)   NOT NULL,
    target_name     VARCHAR(400)  NOT NULL,
    post            VARCHAR(400),
    target_rank     VARCHAR(200),
    form            VARCHAR(40)   NOT NULL,
    reason          VARCHAR(8000) NOT NULL,
    case_ids        VARCHAR(8000),
    decided_on      DATE          NOT NULL,
    deciding_body   VARCHAR(400)  NOT NULL,
    document_number VARCHAR(200),
    requirements    VARCHAR(4000),
    due_date        DATE,
    follow_up       VARCHAR(4000),
    fulfilled       BOOLEAN       NOT NULL,
    recorded_by     VARCHAR(32)   NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         INTEGER       NOT NULL
);

CREATE INDEX accountability_record_campaign_ix ON accountability_record (campaign_id, decided_on);
