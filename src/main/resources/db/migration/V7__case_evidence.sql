-- casework: evidence attached to a case (photos, scans, documents), stored outside the web root
CREATE TABLE case_evidence (
    id           UUID PRIMARY KEY,
    case_id      UUID         NOT NULL REFERENCES case_file (id),
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(100) NOT NULL,
    uploaded_by  VARCHAR(32)  NOT NULL,
    uploaded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX case_evidence_case_ix ON case_evidence (case_id);
