-- stats: one row per complaint, kept current from events (read model for bulletins and dashboards).
-- Events may arrive in any order, so every column but the keys may still be empty.
CREATE TABLE stats_complaint (
    complaint_id              UUID PRIMARY KEY,
    campaign_id               UUID        NOT NULL,
    channel                   VARCHAR(20),
    received_day              DATE,
    region_code               VARCHAR(6),
    accepted                  BOOLEAN     NOT NULL,
    handed_over               BOOLEAN     NOT NULL,
    transferred               BOOLEAN     NOT NULL,
    key_case                  BOOLEAN,
    case_id                   UUID,
    batch_number              INTEGER,
    closure                   VARCHAR(20),
    verdict                   VARCHAR(20),
    ordered_to_rectify        INTEGER,
    penalised_units           INTEGER,
    fines_yuan                BIGINT,
    criminal_cases            INTEGER,
    administrative_detentions INTEGER,
    criminal_detentions       INTEGER,
    summoned_persons          INTEGER,
    accountable_persons       INTEGER,
    referrals                 INTEGER
);

CREATE INDEX stats_complaint_campaign_ix ON stats_complaint (campaign_id, received_day);
CREATE INDEX stats_complaint_region_ix ON stats_complaint (campaign_id, region_code);
