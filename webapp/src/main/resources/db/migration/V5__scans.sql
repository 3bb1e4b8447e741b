-- Gate scanning: scanner devices (only the SHA-256 of their token is stored) and every scan, admitted or
-- refused, online or uploaded later. The nonce makes an upload idempotent; the id orders scans for offline sync.

CREATE SEQUENCE scanner_device_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scanner_device (
    id            BIGINT        NOT NULL PRIMARY KEY,
    event_id      BIGINT        NOT NULL REFERENCES ticketed_event (id),
    entrance_keys VARCHAR(1000) NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    label         VARCHAR(100),
    registered_by VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scanner_device_token_uk UNIQUE (token_hash)
);

CREATE SEQUENCE scan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scan (
    id              BIGINT        NOT NULL PRIMARY KEY,
    nonce           VARCHAR(36)   NOT NULL,
    device_id       BIGINT        NOT NULL REFERENCES scanner_device (id),
    event_id        BIGINT        NOT NULL REFERENCES ticketed_event (id),
    ticket_id       BIGINT,
    entrance_key    VARCHAR(64)   NOT NULL,
    direction       VARCHAR(8)    NOT NULL,
    scanned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    admitted        BOOLEAN       NOT NULL,
    reason          VARCHAR(32),
    message_vi      VARCHAR(500)  NOT NULL,
    message_en      VARCHAR(500)  NOT NULL,
    message_zh      VARCHAR(500)  NOT NULL,
    offline_outcome VARCHAR(8),
    conflict        BOOLEAN       NOT NULL,
    CONSTRAINT scan_nonce_uk UNIQUE (nonce)
);
CREATE INDEX scan_ticket_ix ON scan (ticket_id);
CREATE INDEX scan_event_ix ON scan (event_id, id);
