-- campaigns: an inspection team's stay, as announced in its notice
CREATE TABLE campaign (
    id                    UUID PRIMARY KEY,
    team_name             VARCHAR(100)  NOT NULL,
    inspected_region_code VARCHAR(6)    NOT NULL,
    inspected_region_name VARCHAR(100)  NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE          NOT NULL,
    hotline_phone         VARCHAR(20)   NOT NULL,
    po_box                VARCHAR(100)  NOT NULL,
    hotline_hours         VARCHAR(100)  NOT NULL,
    scope                 VARCHAR(2000) NOT NULL,
    receipt_round         VARCHAR(2)    NOT NULL,
    receipt_unit_letters  VARCHAR(4)    NOT NULL,
    report_due_days       INTEGER       NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(32)   NOT NULL,
    version               INTEGER       NOT NULL,
    -- receipt numbers must never collide across campaigns
    CONSTRAINT campaign_receipt_scheme_uk UNIQUE (receipt_round, receipt_unit_letters)
);

CREATE INDEX campaign_start_ix ON campaign (start_date);
