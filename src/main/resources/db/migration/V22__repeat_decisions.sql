-- intake: a repeat merged into an earlier complaint (合并), and the status an undo restores
ALTER TABLE complaint ADD COLUMN merged_into UUID;
ALTER TABLE complaint ADD COLUMN status_before_merge VARCHAR(20);
CREATE INDEX complaint_merged_into_ix ON complaint (merged_into);

-- similarity: the officer's standing decision on a pair of similar complaints (合并 / 关联 / 不是重复).
-- One decision per pair; a team leader's undo deletes it (both timelines keep the history).
CREATE TABLE repeat_decision (
    id                    UUID PRIMARY KEY,
    kind                  VARCHAR(20)  NOT NULL,
    complaint_id          UUID         NOT NULL,
    other_id              UUID         NOT NULL,
    pair_low              UUID         NOT NULL,
    pair_high             UUID         NOT NULL,
    repeat_of_closed_case BOOLEAN      NOT NULL,
    decided_by            VARCHAR(64)  NOT NULL,
    decided_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT repeat_decision_pair_uq UNIQUE (pair_low, pair_high)
);

CREATE INDEX repeat_decision_complaint_ix ON repeat_decision (complaint_id);
CREATE INDEX repeat_decision_other_ix ON repeat_decision (other_id);

-- similarity: sites (the normalised reported object + place, across campaigns) and their complaints
CREATE TABLE repeat_site (
    id              UUID PRIMARY KEY,
    site_key        VARCHAR(300) NOT NULL,
    name            VARCHAR(500) NOT NULL,
    region_code     VARCHAR(6),
    complaint_count INTEGER      NOT NULL,
    first_at        TIMESTAMP(6) WITH TIME ZONE,
    last_at         TIMESTAMP(6) WITH TIME ZONE,
    flagged_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT repeat_site_key_uq UNIQUE (site_key)
);

CREATE INDEX repeat_site_count_ix ON repeat_site (complaint_count, last_at);

CREATE TABLE repeat_site_complaint (
    complaint_id   UUID PRIMARY KEY,
    site_id        UUID         NOT NULL REFERENCES repeat_site (id),
    campaign_id    UUID         NOT NULL,
    receipt_number VARCHAR(40)  NOT NULL,
    received_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    problem_types  VARCHAR(200) NOT NULL
);

CREATE INDEX repeat_site_complaint_site_ix ON repeat_site_complaint (site_id, received_at);

-- stats: a merged complaint still counts as received, and is visible as merged
ALTER TABLE stats_complaint ADD COLUMN merged_into UUID;
