-- Ticketing: the Ed25519 keys that sign ticket tokens, ticketed events (one festival occurrence each), their
-- ticket types with the capacity the database enforces, the tickets, and the revocation list.

-- Signing keys. The private key (PKCS#8, Base64) is a secret: it never leaves the server. The highest key id that
-- is not retired signs; every key not retired verifies.
CREATE TABLE ticket_signing_key (
    key_id       INTEGER       NOT NULL PRIMARY KEY,
    public_key   VARCHAR(64)   NOT NULL,
    private_key  VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ticket_signing_key_id_ck CHECK (key_id BETWEEN 1 AND 255)
);
INSERT INTO app_state (name, state_value) VALUES ('ticket-keys', 'none');

CREATE SEQUENCE ticketed_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticketed_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    festival_key VARCHAR(64)  NOT NULL,
    start_date   DATE         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ticketed_event_occurrence_uk UNIQUE (festival_key, start_date)
);

CREATE SEQUENCE ticket_type_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_type (
    id              BIGINT        NOT NULL PRIMARY KEY,
    event_id        BIGINT        NOT NULL REFERENCES ticketed_event (id),
    name_vi         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    name_zh         VARCHAR(200)  NOT NULL,
    price_vnd       BIGINT        NOT NULL,
    capacity        INTEGER       NOT NULL,
    issued          INTEGER       NOT NULL,
    sales_from      TIMESTAMP WITH TIME ZONE,
    sales_until     TIMESTAMP WITH TIME ZONE,
    order_limit     INTEGER       NOT NULL,
    entry_policy    VARCHAR(32)   NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    entrance_keys   VARCHAR(1000) NOT NULL,
    daily_from      TIME,
    daily_until     TIME,
    version         BIGINT        NOT NULL,
    CONSTRAINT ticket_type_issued_ck CHECK (issued >= 0 AND issued <= capacity),
    CONSTRAINT ticket_type_price_ck CHECK (price_vnd >= 0)
);
CREATE INDEX ticket_type_event_ix ON ticket_type (event_id);

CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket (
    id             BIGINT        NOT NULL PRIMARY KEY,
    public_id      VARCHAR(64)   NOT NULL,
    event_id       BIGINT        NOT NULL REFERENCES ticketed_event (id),
    ticket_type_id BIGINT        NOT NULL REFERENCES ticket_type (id),
    holder_name    VARCHAR(200)  NOT NULL,
    email          VARCHAR(200),
    phone          VARCHAR(40),
    status         VARCHAR(32)   NOT NULL,
    token          VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ticket_public_id_uk UNIQUE (public_id)
);
CREATE INDEX ticket_type_ix ON ticket (ticket_type_id);

CREATE TABLE revoked_ticket (
    ticket_id  BIGINT NOT NULL PRIMARY KEY REFERENCES ticket (id),
    event_id   BIGINT NOT NULL REFERENCES ticketed_event (id),
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
