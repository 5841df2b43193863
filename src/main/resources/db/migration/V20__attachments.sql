-- intake: files attached to a complaint (scanned letters, photos, recordings). The bytes live in the file store
-- outside the web root; images are stored without EXIF/XMP (location, camera) and get a thumbnail; files that could
-- identify the complainant are sealed (AES-GCM, like the contact) and opened only with a recorded reason.
CREATE TABLE complaint_attachment (
    id            UUID PRIMARY KEY,
    complaint_id  UUID          NOT NULL REFERENCES complaint (id),
    filename      VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    storage_key   VARCHAR(36)   NOT NULL,
    thumbnail_key VARCHAR(36),
    sealed        BOOLEAN       NOT NULL,
    source        VARCHAR(10)   NOT NULL,
    uploaded_by   VARCHAR(32)   NOT NULL,
    uploaded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX complaint_attachment_complaint_ix ON complaint_attachment (complaint_id, uploaded_at);
