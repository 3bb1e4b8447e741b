-- Trade figures of the border gates: one row per gate and month, entered by the department or imported from a
-- CSV file. Amounts are USD to the cent; exports of local goods are part of the exports; temporary imports for
-- re-export are counted apart from the import-export turnover. The unique key makes a second row for the same
-- gate and month impossible, whichever instance writes it.

CREATE SEQUENCE trade_figure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE trade_figure (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    gate_key               VARCHAR(64)    NOT NULL REFERENCES border_gate (gate_key),
    figure_year            INTEGER        NOT NULL,
    figure_month           INTEGER        NOT NULL,
    import_usd             NUMERIC(15, 2) NOT NULL,
    export_usd             NUMERIC(15, 2) NOT NULL,
    local_goods_export_usd NUMERIC(15, 2) NOT NULL,
    temporary_import_usd   NUMERIC(15, 2) NOT NULL,
    people_crossing        BIGINT         NOT NULL,
    vehicles_crossing      BIGINT         NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             VARCHAR(64)    NOT NULL,
    version                BIGINT         NOT NULL,
    CONSTRAINT trade_figure_gate_month_uk UNIQUE (gate_key, figure_year, figure_month),
    CONSTRAINT trade_figure_month_ck CHECK (figure_month BETWEEN 1 AND 12),
    CONSTRAINT trade_figure_values_ck CHECK (import_usd >= 0 AND export_usd >= 0 AND temporary_import_usd >= 0
        AND local_goods_export_usd >= 0 AND local_goods_export_usd <= export_usd
        AND people_crossing >= 0 AND vehicles_crossing >= 0)
);
CREATE INDEX trade_figure_year_ix ON trade_figure (figure_year, figure_month);
