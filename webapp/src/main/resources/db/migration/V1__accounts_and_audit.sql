-- Accounts, sign-in tokens, the audit log and the application's own state.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL (production).

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT app_user_username_uk UNIQUE (username)
);

-- Web sessions (cookie) and API bearer tokens: only a SHA-256 of the secret is stored, so every
-- instance behind the load balancer knows every sign-in and a stolen table gives away no token.
CREATE SEQUENCE auth_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE auth_token (
    id          BIGINT      NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token  VARCHAR(64),
    label       VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT auth_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX auth_token_user_ix ON auth_token (user_id);

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id       BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor    VARCHAR(64)   NOT NULL,
    action   VARCHAR(64)   NOT NULL,
    subject  VARCHAR(200)  NOT NULL,
    detail   VARCHAR(2000)
);
CREATE INDEX audit_entry_at_ix ON audit_entry (occurred_at);

-- One row per start-up task that must run once across all instances; locked while it runs.
CREATE TABLE app_state (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    state_value VARCHAR(200) NOT NULL
);
INSERT INTO app_state (name, state_value) VALUES ('admin-bootstrap', 'pending');
INSERT INTO app_state (name, state_value) VALUES ('province-data', 'none');
