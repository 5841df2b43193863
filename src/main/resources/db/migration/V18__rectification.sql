-- rectification: feedback problems, plans, the task ledger with milestones, progress reports (调度),
-- close-out (销号) with evidence, acceptance, public notice and objections, look-backs (回头看),
-- special work groups and per-site sub-plans.

CREATE TABLE rectification_settings (
    campaign_id          UUID PRIMARY KEY,
    notice_days          INTEGER NOT NULL,
    lookback_months      INTEGER NOT NULL,
    reminder_days        INTEGER NOT NULL,
    slip_tolerance       INTEGER NOT NULL
);

CREATE TABLE rectification_problem (
    id           UUID PRIMARY KEY,
    campaign_id  UUID          NOT NULL,
    seq_no       INTEGER       NOT NULL,
    content      VARCHAR(4000) NOT NULL,
    category     VARCHAR(200),
    fed_back_on  DATE          NOT NULL,
    claimed_by   VARCHAR(400),
    claimed_at   TIMESTAMP(6) WITH TIME ZONE,
    created_by   VARCHAR(32)   NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version      INTEGER       NOT NULL,
    CONSTRAINT rectification_problem_seq_uq UNIQUE (campaign_id, seq_no)
);

CREATE TABLE rectification_plan (
    id            UUID PRIMARY KEY,
    campaign_id   UUID         NOT NULL,
    title         VARCHAR(400) NOT NULL,
    from_cases    BOOLEAN      NOT NULL,
    fed_back_on   DATE         NOT NULL,
    adoption_due  DATE         NOT NULL,
    adopted_on    DATE,
    created_by    VARCHAR(32)  NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       INTEGER      NOT NULL
);

CREATE INDEX rectification_plan_campaign_ix ON rectification_plan (campaign_id);

CREATE TABLE rectification_work_group (
    id           UUID PRIMARY KEY,
    campaign_id  UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    leader       VARCHAR(200),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT rectification_work_group_uq UNIQUE (campaign_id, name)
);

CREATE TABLE rectification_task (
    id                  UUID PRIMARY KEY,
    plan_id             UUID          NOT NULL REFERENCES rectification_plan (id),
    campaign_id         UUID          NOT NULL,
    problem_id          UUID REFERENCES rectification_problem (id),
    case_id             UUID,
    seq_no              INTEGER       NOT NULL,
    problem             VARCHAR(4000) NOT NULL,
    target              VARCHAR(4000) NOT NULL,
    measures            VARCHAR(8000) NOT NULL,
    lead_unit           VARCHAR(400)  NOT NULL,
    co_units            VARCHAR(2000),
    leader              VARCHAR(200)  NOT NULL,
    responsible_person  VARCHAR(200)  NOT NULL,
    region_code         VARCHAR(12)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    start_on            DATE          NOT NULL,
    deadline            DATE,
    status              VARCHAR(30)   NOT NULL,
    progress            INTEGER       NOT NULL,
    unable_to_finish    BOOLEAN       NOT NULL,
    completion          VARCHAR(8000),
    work_group_id       UUID REFERENCES rectification_work_group (id),
    notice_from         DATE,
    notice_until        DATE,
    written_off_on      DATE,
    archived_on         DATE,
    next_lookback_on    DATE,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             INTEGER       NOT NULL,
    CONSTRAINT rectification_task_seq_uq UNIQUE (plan_id, seq_no),
    CONSTRAINT rectification_task_case_uq UNIQUE (case_id)
);

CREATE INDEX rectification_task_campaign_ix ON rectification_task (campaign_id, status);
CREATE INDEX rectification_task_region_ix ON rectification_task (region_code);

CREATE TABLE rectification_milestone (
    id              UUID PRIMARY KEY,
    task_id         UUID          NOT NULL REFERENCES rectification_task (id),
    due_on          DATE          NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    target_percent  INTEGER,
    done_on         DATE,
    reminded_on     DATE
);

CREATE INDEX rectification_milestone_task_ix ON rectification_milestone (task_id);

CREATE TABLE rectification_progress (
    id                UUID PRIMARY KEY,
    task_id           UUID          NOT NULL REFERENCES rectification_task (id),
    sequence          INTEGER       NOT NULL,
    reported_on       DATE          NOT NULL,
    percent           INTEGER       NOT NULL,
    narrative         VARCHAR(8000) NOT NULL,
    unable_to_finish  BOOLEAN       NOT NULL,
    reported_by       VARCHAR(32)   NOT NULL,
    reported_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX rectification_progress_task_ix ON rectification_progress (task_id);

CREATE TABLE rectification_activity (
    id           UUID PRIMARY KEY,
    task_id      UUID         NOT NULL REFERENCES rectification_task (id),
    sequence     INTEGER      NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    from_status  VARCHAR(30),
    to_status    VARCHAR(30),
    remark       VARCHAR(4000)
);

CREATE INDEX rectification_activity_task_ix ON rectification_activity (task_id);

CREATE TABLE rectification_acceptance (
    id              UUID PRIMARY KEY,
    task_id         UUID          NOT NULL REFERENCES rectification_task (id),
    sequence        INTEGER       NOT NULL,
    passed          BOOLEAN       NOT NULL,
    on_site         BOOLEAN       NOT NULL,
    accepting_unit  VARCHAR(400)  NOT NULL,
    findings        VARCHAR(8000) NOT NULL,
    decided_by      VARCHAR(32)   NOT NULL,
    decided_on      DATE          NOT NULL
);

CREATE INDEX rectification_acceptance_task_ix ON rectification_acceptance (task_id);

CREATE TABLE rectification_objection (
    id           UUID PRIMARY KEY,
    task_id      UUID          NOT NULL REFERENCES rectification_task (id),
    lodged_on    DATE          NOT NULL,
    lodged_by    VARCHAR(32),
    content      VARCHAR(4000) NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    resolution   VARCHAR(4000),
    resolved_by  VARCHAR(32),
    resolved_on  DATE
);

CREATE INDEX rectification_objection_task_ix ON rectification_objection (task_id);

CREATE TABLE rectification_lookback (
    id          UUID PRIMARY KEY,
    task_id     UUID          NOT NULL REFERENCES rectification_task (id),
    checked_on  DATE          NOT NULL,
    rebound     BOOLEAN       NOT NULL,
    findings    VARCHAR(8000) NOT NULL,
    checked_by  VARCHAR(32)   NOT NULL
);

CREATE INDEX rectification_lookback_task_ix ON rectification_lookback (task_id);

CREATE TABLE rectification_site (
    id                UUID PRIMARY KEY,
    task_id           UUID          NOT NULL REFERENCES rectification_task (id),
    name              VARCHAR(400)  NOT NULL,
    region_code       VARCHAR(12),
    measures          VARCHAR(4000) NOT NULL,
    deadline          DATE          NOT NULL,
    accepted_on       DATE,
    acceptance        VARCHAR(4000),
    CONSTRAINT rectification_site_uq UNIQUE (task_id, name)
);

CREATE TABLE rectification_evidence (
    id            UUID PRIMARY KEY,
    task_id       UUID         NOT NULL REFERENCES rectification_task (id),
    stage         VARCHAR(20)  NOT NULL,
    filename      VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    storage_key   VARCHAR(100) NOT NULL,
    uploaded_by   VARCHAR(32)  NOT NULL,
    uploaded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX rectification_evidence_task_ix ON rectification_evidence (task_id);
CREATE INDEX rectification_evidence_sha_ix ON rectification_evidence (sha256);
