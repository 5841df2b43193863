-- audit: a tamper-evident, hash-chained trail of every domain event (state changes) and contact reveal
CREATE TABLE audit_entry (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    kind         VARCHAR(100)  NOT NULL,
    subject_id   VARCHAR(64),
    detail       VARCHAR(8000) NOT NULL,
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);

CREATE INDEX audit_entry_subject_ix ON audit_entry (subject_id);

-- the head of the chain: locked by every append, so entries are numbered and chained one at a time
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
