-- followup: the call-back owed after a case is concluded
CREATE TABLE follow_up (
    id           UUID PRIMARY KEY,
    case_id      UUID         NOT NULL,
    complaint_id UUID         NOT NULL,
    campaign_id  UUID         NOT NULL,
    region_code  VARCHAR(6)   NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    skip_reason  VARCHAR(40),
    method       VARCHAR(20),
    outcome      VARCHAR(30),
    notes        VARCHAR(4000),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    done_at      TIMESTAMP(6) WITH TIME ZONE,
    done_by      VARCHAR(32),
    version      INTEGER      NOT NULL
);

CREATE INDEX follow_up_case_ix ON follow_up (case_id, status);
CREATE INDEX follow_up_campaign_ix ON follow_up (campaign_id, status);
