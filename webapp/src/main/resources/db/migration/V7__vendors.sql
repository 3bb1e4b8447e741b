-- Vendors of the cultural-trade fairs: their profile (one per VENDOR account), the organizer's verification,
-- their product catalogue and the products' photos. Contact data (phone, email, tax code) is personal: only the
-- vendor itself and organizers read it; public pages show the business name only.

CREATE SEQUENCE vendor_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE vendor (
    id                BIGINT        NOT NULL PRIMARY KEY,
    username          VARCHAR(64)   NOT NULL REFERENCES app_user (username),
    business_name     VARCHAR(200)  NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    commune           VARCHAR(100)  NOT NULL,
    former_district   VARCHAR(100),
    phone             VARCHAR(20),
    email             VARCHAR(200),
    tax_code          VARCHAR(14),
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(500),
    status_changed_by VARCHAR(64),
    status_changed_at TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT vendor_username_uk UNIQUE (username),
    CONSTRAINT vendor_contact_ck CHECK (phone IS NOT NULL OR email IS NOT NULL),
    CONSTRAINT vendor_status_ck CHECK (status IN ('UNVERIFIED', 'VERIFIED'))
);
CREATE INDEX vendor_status_ix ON vendor (status);

-- A product a vendor offers. Its key is the stable public address of its page and QR code; a withdrawn product
-- keeps its key (a printed QR never leads to another product) but is no longer shown. English and Chinese texts
-- are optional: where missing, the Vietnamese one is shown. search_text holds the names, producer and commune
-- folded to lower-case ASCII, so that a search ignores case and Vietnamese diacritics on H2 and PostgreSQL alike.
CREATE SEQUENCE vendor_product_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE vendor_product (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    product_key             VARCHAR(80)   NOT NULL,
    vendor_id               BIGINT        NOT NULL REFERENCES vendor (id),
    name_vi                 VARCHAR(200)  NOT NULL,
    name_en                 VARCHAR(200),
    name_zh                 VARCHAR(200),
    category                VARCHAR(32)   NOT NULL,
    commune                 VARCHAR(100)  NOT NULL,
    former_district         VARCHAR(100),
    producer                VARCHAR(200)  NOT NULL,
    ocop_stars              INTEGER,
    geographical_indication VARCHAR(200),
    price_vnd               BIGINT        NOT NULL,
    unit_vi                 VARCHAR(200)  NOT NULL,
    unit_en                 VARCHAR(200),
    unit_zh                 VARCHAR(200),
    description_vi          VARCHAR(4000),
    description_en          VARCHAR(4000),
    description_zh          VARCHAR(4000),
    search_text             VARCHAR(1200) NOT NULL,
    withdrawn_at            TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT vendor_product_key_uk UNIQUE (product_key),
    CONSTRAINT vendor_product_ocop_ck CHECK (ocop_stars IS NULL OR ocop_stars BETWEEN 3 AND 5),
    CONSTRAINT vendor_product_price_ck CHECK (price_vnd >= 0)
);
CREATE INDEX vendor_product_vendor_ix ON vendor_product (vendor_id);

-- Photos of a product: the bytes themselves, so that every instance serves them from the shared database.
CREATE SEQUENCE product_photo_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE product_photo (
    id          BIGINT       NOT NULL PRIMARY KEY,
    product_id  BIGINT       NOT NULL REFERENCES vendor_product (id),
    media_type  VARCHAR(16)  NOT NULL,
    byte_count  INTEGER      NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_photo_size_ck CHECK (byte_count BETWEEN 1 AND 2097152)
);
CREATE INDEX product_photo_product_ix ON product_photo (product_id);
