-- stats: the bulletin's and dashboards' figures pre-aggregated per campaign, day of receipt, region and channel,
-- kept current by StatsListener with the difference between a complaint's old and new stats_complaint row
-- (docs/stats.md). A complaint whose day, region or channel is not known yet counts under
-- DATE '1900-01-01', '' and '' (key columns cannot be NULL). Rows may hold zeros after changes.
CREATE TABLE stats_daily (
    campaign_id                  UUID        NOT NULL,
    received_day                 DATE        NOT NULL,
    region_code                  VARCHAR(6)  NOT NULL,
    channel                      VARCHAR(20) NOT NULL,
    received                     BIGINT      DEFAULT 0 NOT NULL,
    accepted                     BIGINT      DEFAULT 0 NOT NULL,
    transferred                  BIGINT      DEFAULT 0 NOT NULL,
    closed                       BIGINT      DEFAULT 0 NOT NULL,
    partly_closed                BIGINT      DEFAULT 0 NOT NULL,
    concluded_open               BIGINT      DEFAULT 0 NOT NULL,
    verdict_true                 BIGINT      DEFAULT 0 NOT NULL,
    verdict_mostly_true          BIGINT      DEFAULT 0 NOT NULL,
    verdict_partly_true          BIGINT      DEFAULT 0 NOT NULL,
    verdict_false                BIGINT      DEFAULT 0 NOT NULL,
    ordered_to_rectify           BIGINT      DEFAULT 0 NOT NULL,
    penalised_units              BIGINT      DEFAULT 0 NOT NULL,
    fines_yuan                   BIGINT      DEFAULT 0 NOT NULL,
    criminal_cases               BIGINT      DEFAULT 0 NOT NULL,
    administrative_detentions    BIGINT      DEFAULT 0 NOT NULL,
    criminal_detentions          BIGINT      DEFAULT 0 NOT NULL,
    summoned_persons             BIGINT      DEFAULT 0 NOT NULL,
    accountable_persons          BIGINT      DEFAULT 0 NOT NULL,
    satisfied                    BIGINT      DEFAULT 0 NOT NULL,
    basically_satisfied          BIGINT      DEFAULT 0 NOT NULL,
    dissatisfied                 BIGINT      DEFAULT 0 NOT NULL,
    unreachable                  BIGINT      DEFAULT 0 NOT NULL,
    tr_signed_on_time            BIGINT      DEFAULT 0 NOT NULL,
    tr_signed_known              BIGINT      DEFAULT 0 NOT NULL,
    tr_reported_on_time          BIGINT      DEFAULT 0 NOT NULL,
    tr_reported_known            BIGINT      DEFAULT 0 NOT NULL,
    tr_returned                  BIGINT      DEFAULT 0 NOT NULL,
    tr_satisfied                 BIGINT      DEFAULT 0 NOT NULL,
    tr_followed_up               BIGINT      DEFAULT 0 NOT NULL,
    PRIMARY KEY (campaign_id, received_day, region_code, channel)
);

-- complaints per transfer batch (the bulletin counts distinct batches)
CREATE TABLE stats_daily_batch (
    campaign_id  UUID       NOT NULL,
    received_day DATE       NOT NULL,
    region_code  VARCHAR(6) NOT NULL,
    batch_number INTEGER    NOT NULL,
    complaints   BIGINT     DEFAULT 0 NOT NULL,
    PRIMARY KEY (campaign_id, received_day, region_code, batch_number)
);

-- complaints per problem type (a complaint of two types counts in both)
CREATE TABLE stats_daily_type (
    campaign_id  UUID        NOT NULL,
    received_day DATE        NOT NULL,
    region_code  VARCHAR(6)  NOT NULL,
    problem_type VARCHAR(20) NOT NULL,
    complaints   BIGINT      DEFAULT 0 NOT NULL,
    PRIMARY KEY (campaign_id, received_day, region_code, problem_type)
);

-- the follow-up listener finds a complaint by its case; the accountability chart matches linked cases
CREATE INDEX stats_complaint_case_ix ON stats_complaint (case_id);

-- existing rows: the same sums StatsDaily.refill computes
INSERT INTO stats_daily
SELECT campaign_id, COALESCE(received_day, DATE '1900-01-01'), COALESCE(region_code, ''), COALESCE(channel, ''),
       COUNT(*),
       SUM(CASE WHEN accepted THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred THEN 1 ELSE 0 END),
       SUM(CASE WHEN closure = 'CLOSED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN closure = 'PARTLY_CLOSED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN closure = 'OPEN' THEN 1 ELSE 0 END),
       SUM(CASE WHEN verdict = 'TRUE' THEN 1 ELSE 0 END),
       SUM(CASE WHEN verdict = 'MOSTLY_TRUE' THEN 1 ELSE 0 END),
       SUM(CASE WHEN verdict = 'PARTLY_TRUE' THEN 1 ELSE 0 END),
       SUM(CASE WHEN verdict = 'FALSE' THEN 1 ELSE 0 END),
       SUM(COALESCE(ordered_to_rectify, 0)),
       SUM(COALESCE(penalised_units, 0)),
       SUM(COALESCE(fines_yuan, 0)),
       SUM(COALESCE(criminal_cases, 0)),
       SUM(COALESCE(administrative_detentions, 0)),
       SUM(COALESCE(criminal_detentions, 0)),
       SUM(COALESCE(summoned_persons, 0)),
       SUM(COALESCE(accountable_persons, 0)),
       SUM(CASE WHEN satisfaction = 'SATISFIED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN satisfaction = 'DISSATISFIED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN satisfaction = 'UNREACHABLE' THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred AND signed_on_time THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred AND signed_on_time IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred AND reported_on_time THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred AND reported_on_time IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred AND returns > 0 THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred AND satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END),
       SUM(CASE WHEN transferred AND satisfaction IS NOT NULL THEN 1 ELSE 0 END)
FROM stats_complaint
GROUP BY campaign_id, COALESCE(received_day, DATE '1900-01-01'), COALESCE(region_code, ''), COALESCE(channel, '');

INSERT INTO stats_daily_batch
SELECT campaign_id, COALESCE(received_day, DATE '1900-01-01'), COALESCE(region_code, ''), batch_number, COUNT(*)
FROM stats_complaint
WHERE batch_number IS NOT NULL
GROUP BY campaign_id, COALESCE(received_day, DATE '1900-01-01'), COALESCE(region_code, ''), batch_number;

INSERT INTO stats_daily_type
SELECT c.campaign_id, COALESCE(c.received_day, DATE '1900-01-01'), COALESCE(c.region_code, ''), t.problem_type,
       COUNT(*)
FROM stats_complaint_type t
JOIN stats_complaint c ON c.complaint_id = t.complaint_id
GROUP BY c.campaign_id, COALESCE(c.received_day, DATE '1900-01-01'), COALESCE(c.region_code, ''), t.problem_type;
