-- interop: Open311 GeoReport v2 (API keys, the request read model) and the Excel import (runs, errors, imported rows,
-- remembered column mappings)

-- API keys of Open311 clients, each bound to one campaign and named after its source; only the SHA-256 is kept
CREATE TABLE open311_api_key (
    id              UUID PRIMARY KEY,
    campaign_id     UUID          NOT NULL,
    source_name     VARCHAR(100)  NOT NULL,
    key_hash        VARCHAR(64)   NOT NULL,
    key_prefix      VARCHAR(8)    NOT NULL,
    token_responses BOOLEAN       NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(32)   NOT NULL,
    revoked_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT open311_api_key_hash_uk UNIQUE (key_hash)
);

CREATE INDEX open311_api_key_campaign_ix ON open311_api_key (campaign_id);

-- service requests that came in through Open311: the public face of their complaint, kept current by events
CREATE TABLE open311_request (
    complaint_id       UUID PRIMARY KEY,
    campaign_id        UUID           NOT NULL,
    receipt_number     VARCHAR(32)    NOT NULL,
    request_token      VARCHAR(40)    NOT NULL,
    api_key_id         UUID           NOT NULL REFERENCES open311_api_key (id),
    service_code       VARCHAR(20)    NOT NULL,
    public_description VARCHAR(10000) NOT NULL,
    address            VARCHAR(500),
    lat                DOUBLE PRECISION,
    lon                DOUBLE PRECISION,
    requested_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed             BOOLEAN        NOT NULL,
    stage              VARCHAR(30)    NOT NULL,
    stage_detail       VARCHAR(400),
    agency             VARCHAR(200),
    idempotency_key    VARCHAR(200),
    CONSTRAINT open311_request_receipt_uk UNIQUE (receipt_number),
    CONSTRAINT open311_request_idempotency_uk UNIQUE (api_key_id, idempotency_key),
    CONSTRAINT open311_request_token_uk UNIQUE (request_token)
);

CREATE INDEX open311_request_campaign_requested_ix ON open311_request (campaign_id, requested_at);

-- Excel import: the column mapping last used for a source (field -> column header, JSON)
CREATE TABLE import_mapping (
    source_name VARCHAR(100)  PRIMARY KEY,
    mapping     VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(32)   NOT NULL
);

-- one uploaded file: its dry run and, once committed, its import
CREATE TABLE import_run (
    id             UUID PRIMARY KEY,
    campaign_id    UUID          NOT NULL,
    source_name    VARCHAR(100)  NOT NULL,
    file_name      VARCHAR(255),
    file_key       VARCHAR(36)   NOT NULL,
    file_sha256    VARCHAR(64)   NOT NULL,
    mapping        VARCHAR(4000) NOT NULL,
    headers        VARCHAR(8000) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    file_error     VARCHAR(100),
    total_rows     INTEGER       NOT NULL,
    error_rows     INTEGER       NOT NULL,
    error_count    INTEGER       NOT NULL,
    duplicate_rows INTEGER       NOT NULL,
    done_rows      INTEGER       NOT NULL,
    imported_rows  INTEGER       NOT NULL,
    created_by     VARCHAR(32)   NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP(6) WITH TIME ZONE,
    duration_ms    BIGINT
);

CREATE INDEX import_run_created_ix ON import_run (created_at);

-- the dry run's findings, per row and column (the first few thousand of a run)
CREATE TABLE import_error (
    run_id      UUID          NOT NULL REFERENCES import_run (id),
    position    INTEGER       NOT NULL,
    row_number  INTEGER       NOT NULL,
    field       VARCHAR(60)   NOT NULL,
    column_name VARCHAR(200),
    code        VARCHAR(100)  NOT NULL,
    args        VARCHAR(400),
    PRIMARY KEY (run_id, position)
);

-- every imported row, keyed by its source and a fingerprint of its content: re-importing adds nothing
CREATE TABLE import_row (
    source_name  VARCHAR(100) NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    complaint_id UUID         NOT NULL,
    run_id       UUID         NOT NULL REFERENCES import_run (id),
    PRIMARY KEY (source_name, fingerprint)
);
