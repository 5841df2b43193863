-- accounts: officers, their roles, and the regions a local handler answers for
CREATE TABLE officer (
    id            UUID PRIMARY KEY,
    username      VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       INTEGER      NOT NULL,
    CONSTRAINT officer_username_uk UNIQUE (username)
);

CREATE TABLE officer_role (
    officer_id UUID        NOT NULL REFERENCES officer (id),
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (officer_id, role)
);

CREATE INDEX officer_role_role_ix ON officer_role (role);

CREATE TABLE officer_region (
    officer_id  UUID       NOT NULL REFERENCES officer (id),
    region_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (officer_id, region_code)
);
