-- disclosure: typical cases (典型案例) written up by the team and published on the portal
CREATE TABLE typical_case (
    id             UUID PRIMARY KEY,
    campaign_id    UUID          NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    region_code    VARCHAR(6),
    body           VARCHAR(20000) NOT NULL,
    public_title   VARCHAR(200),
    public_body    VARCHAR(20000),
    redactions     INTEGER       NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    written_by     VARCHAR(32)   NOT NULL,
    written_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    published_by   VARCHAR(32),
    published_at   TIMESTAMP(6) WITH TIME ZONE,
    version        INTEGER       NOT NULL
);

CREATE INDEX typical_case_campaign_ix ON typical_case (campaign_id, status);

CREATE TABLE typical_case_case (
    typical_case_id UUID NOT NULL REFERENCES typical_case (id),
    case_id         UUID NOT NULL,
    PRIMARY KEY (typical_case_id, case_id)
);
