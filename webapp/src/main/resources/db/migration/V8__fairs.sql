-- Cultural-trade fairs: the fair with its days, stall map, fee rates and category quotas; vendors' stall
-- applications; the stall bookings that the database keeps free of double bookings; vendors' daily sales.

CREATE SEQUENCE fair_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE fair (
    id                BIGINT       NOT NULL PRIMARY KEY,
    fair_key          VARCHAR(64)  NOT NULL,
    name_vi           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    name_zh           VARCHAR(200) NOT NULL,
    festival_key      VARCHAR(64),
    venue_key         VARCHAR(64)  NOT NULL,
    map_width_cm      INTEGER      NOT NULL,
    map_depth_cm      INTEGER      NOT NULL,
    power_vnd_per_day BIGINT       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT fair_key_uk UNIQUE (fair_key),
    CONSTRAINT fair_power_fee_ck CHECK (power_vnd_per_day >= 0)
);

CREATE TABLE fair_day (
    fair_id   BIGINT NOT NULL REFERENCES fair (id) ON DELETE CASCADE,
    list_index INTEGER NOT NULL,
    fair_date DATE   NOT NULL,
    opens     TIME   NOT NULL,
    closes    TIME   NOT NULL,
    PRIMARY KEY (fair_id, list_index)
);

CREATE TABLE fair_zone (
    fair_id    BIGINT       NOT NULL REFERENCES fair (id) ON DELETE CASCADE,
    list_index INTEGER      NOT NULL,
    zone_key   VARCHAR(64)  NOT NULL,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    PRIMARY KEY (fair_id, list_index)
);

-- The stalls of the map, by code within the fair; bookings name them by (fair_id, stall_code).
CREATE TABLE fair_stall (
    fair_id    BIGINT      NOT NULL REFERENCES fair (id) ON DELETE CASCADE,
    list_index INTEGER     NOT NULL,
    stall_code VARCHAR(16) NOT NULL,
    zone_key   VARCHAR(64) NOT NULL,
    category   VARCHAR(32) NOT NULL,
    width_cm   INTEGER     NOT NULL,
    depth_cm   INTEGER     NOT NULL,
    has_power  BOOLEAN     NOT NULL,
    x_cm       INTEGER     NOT NULL,
    y_cm       INTEGER     NOT NULL,
    PRIMARY KEY (fair_id, list_index)
);

-- Fee per square metre and day, by stall category.
CREATE TABLE fair_fee_rate (
    fair_id        BIGINT      NOT NULL REFERENCES fair (id) ON DELETE CASCADE,
    category       VARCHAR(32) NOT NULL,
    vnd_per_m2_day BIGINT      NOT NULL,
    PRIMARY KEY (fair_id, category),
    CONSTRAINT fair_fee_rate_ck CHECK (vnd_per_m2_day >= 0)
);

-- Most stalls per day for applications of a category; a category without a row has no limit.
CREATE TABLE fair_quota (
    fair_id    BIGINT      NOT NULL REFERENCES fair (id) ON DELETE CASCADE,
    category   VARCHAR(32) NOT NULL,
    max_stalls INTEGER     NOT NULL,
    PRIMARY KEY (fair_id, category),
    CONSTRAINT fair_quota_ck CHECK (max_stalls >= 0)
);

-- A vendor's application for a stall, with the vendor's public name as it applied. The stall it got is in
-- stall_booking; fee_vnd is fixed when it gets one.
CREATE SEQUENCE stall_application_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE stall_application (
    id               BIGINT       NOT NULL PRIMARY KEY,
    fair_id          BIGINT       NOT NULL REFERENCES fair (id),
    vendor_id        BIGINT       NOT NULL,
    vendor_name      VARCHAR(200) NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    needs_power      BOOLEAN      NOT NULL,
    preferred_stalls VARCHAR(60)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    fee_vnd          BIGINT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    paid_at          TIMESTAMP WITH TIME ZONE,
    checked_in_at    TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL
);
CREATE INDEX stall_application_fair_ix ON stall_application (fair_id, state);
CREATE INDEX stall_application_vendor_ix ON stall_application (vendor_id);

CREATE TABLE stall_application_day (
    application_id BIGINT NOT NULL REFERENCES stall_application (id) ON DELETE CASCADE,
    fair_date      DATE   NOT NULL,
    PRIMARY KEY (application_id, fair_date)
);

CREATE TABLE stall_application_product (
    application_id BIGINT NOT NULL REFERENCES stall_application (id) ON DELETE CASCADE,
    product_key    VARCHAR(64) NOT NULL,
    PRIMARY KEY (application_id, product_key)
);

-- One row per stall and day given to an application. The unique constraint is what keeps a stall from being
-- booked twice for a day, whichever instance or organizer writes. fair_id has no foreign key on purpose: on
-- PostgreSQL a key check share-locks the fair's row, and writers of bookings lock that row for update after
-- inserting theirs (to count quotas one after the other), so two of them would deadlock; the application's
-- foreign key ties a booking to an existing fair already.
CREATE SEQUENCE stall_booking_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE stall_booking (
    id             BIGINT      NOT NULL PRIMARY KEY,
    fair_id        BIGINT      NOT NULL,
    stall_code     VARCHAR(16) NOT NULL,
    booking_date   DATE        NOT NULL,
    application_id BIGINT      NOT NULL REFERENCES stall_application (id),
    CONSTRAINT stall_booking_stall_day_uk UNIQUE (fair_id, stall_code, booking_date)
);
CREATE INDEX stall_booking_application_ix ON stall_booking (application_id);

-- What a vendor sold of one product on one fair day; a new report for the same day replaces the old one.
CREATE SEQUENCE fair_sale_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE fair_sale (
    id             BIGINT  NOT NULL PRIMARY KEY,
    application_id BIGINT  NOT NULL REFERENCES stall_application (id),
    fair_id        BIGINT  NOT NULL REFERENCES fair (id),
    product_key    VARCHAR(64) NOT NULL,
    sale_date      DATE    NOT NULL,
    quantity       INTEGER NOT NULL,
    value_vnd      BIGINT  NOT NULL,
    reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT  NOT NULL,
    CONSTRAINT fair_sale_uk UNIQUE (application_id, product_key, sale_date),
    CONSTRAINT fair_sale_amount_ck CHECK (quantity >= 0 AND value_vnd >= 0)
);
CREATE INDEX fair_sale_fair_ix ON fair_sale (fair_id);
