-- The province's reference data (venues, gates, local products, trade targets) and its festivals.
-- Every imported record keeps its stable key from events-data, its source, and whether it is a sample.

CREATE SEQUENCE venue_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE venue (
    id              BIGINT        NOT NULL PRIMARY KEY,
    venue_key       VARCHAR(64)   NOT NULL,
    name_vi         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    name_zh         VARCHAR(200)  NOT NULL,
    commune         VARCHAR(100)  NOT NULL,
    former_district VARCHAR(100),
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    source          VARCHAR(500)  NOT NULL,
    sample          BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT venue_key_uk UNIQUE (venue_key)
);

CREATE TABLE venue_entrance (
    venue_id     BIGINT       NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    list_index   INTEGER      NOT NULL,
    entrance_key VARCHAR(64)  NOT NULL,
    name_vi      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    name_zh      VARCHAR(200) NOT NULL,
    PRIMARY KEY (venue_id, list_index)
);

CREATE SEQUENCE border_gate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE border_gate (
    id              BIGINT        NOT NULL PRIMARY KEY,
    gate_key        VARCHAR(64)   NOT NULL,
    name_vi         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    name_zh         VARCHAR(200)  NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    partner_vi      VARCHAR(200),
    partner_en      VARCHAR(200),
    partner_zh      VARCHAR(200),
    commune         VARCHAR(100)  NOT NULL,
    former_district VARCHAR(100),
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    opens           TIME,
    closes          TIME,
    source          VARCHAR(500)  NOT NULL,
    sample          BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT border_gate_key_uk UNIQUE (gate_key)
);

CREATE SEQUENCE local_product_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE local_product (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    product_key             VARCHAR(64)   NOT NULL,
    name_vi                 VARCHAR(200)  NOT NULL,
    name_en                 VARCHAR(200)  NOT NULL,
    name_zh                 VARCHAR(200)  NOT NULL,
    category                VARCHAR(32)   NOT NULL,
    commune                 VARCHAR(100)  NOT NULL,
    former_district         VARCHAR(100),
    producer                VARCHAR(200)  NOT NULL,
    ocop_stars              INTEGER,
    geographical_indication VARCHAR(200),
    unit_vi                 VARCHAR(50)   NOT NULL,
    unit_en                 VARCHAR(50)   NOT NULL,
    unit_zh                 VARCHAR(50)   NOT NULL,
    source                  VARCHAR(500)  NOT NULL,
    sample                  BOOLEAN       NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT local_product_key_uk UNIQUE (product_key)
);

CREATE SEQUENCE trade_target_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE trade_target (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    indicator          VARCHAR(64)    NOT NULL,
    base_year          INTEGER        NOT NULL,
    base_value_usd     NUMERIC(15, 2) NOT NULL,
    annual_growth_rate NUMERIC(7, 4)  NOT NULL,
    target_year        INTEGER        NOT NULL,
    source             VARCHAR(500)   NOT NULL,
    sample             BOOLEAN        NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT trade_target_indicator_uk UNIQUE (indicator)
);

CREATE SEQUENCE festival_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE festival (
    id              BIGINT         NOT NULL PRIMARY KEY,
    festival_key    VARCHAR(64)    NOT NULL,
    name_vi         VARCHAR(200)   NOT NULL,
    name_en         VARCHAR(200)   NOT NULL,
    name_zh         VARCHAR(200)   NOT NULL,
    description_vi  VARCHAR(4000)  NOT NULL,
    description_en  VARCHAR(4000)  NOT NULL,
    description_zh  VARCHAR(4000)  NOT NULL,
    venue_id        BIGINT         NOT NULL REFERENCES venue (id),
    schedule_rule   VARCHAR(100)   NOT NULL,
    duration_days   INTEGER        NOT NULL,
    source          VARCHAR(500)   NOT NULL,
    sample          BOOLEAN        NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT festival_key_uk UNIQUE (festival_key)
);
CREATE INDEX festival_venue_ix ON festival (venue_id);

CREATE TABLE festival_ethnic_group (
    festival_id  BIGINT      NOT NULL REFERENCES festival (id) ON DELETE CASCADE,
    ethnic_group VARCHAR(32) NOT NULL,
    PRIMARY KEY (festival_id, ethnic_group)
);

CREATE TABLE festival_session (
    festival_id BIGINT       NOT NULL REFERENCES festival (id) ON DELETE CASCADE,
    list_index  INTEGER      NOT NULL,
    day_offset  INTEGER      NOT NULL,
    start_time  TIME         NOT NULL,
    end_time    TIME         NOT NULL,
    title_vi    VARCHAR(200) NOT NULL,
    title_en    VARCHAR(200) NOT NULL,
    title_zh    VARCHAR(200) NOT NULL,
    PRIMARY KEY (festival_id, list_index)
);
