-- A version number per kind of data, raised in the same transaction as every change. Instances keep a
-- read-only snapshot of rarely changing data (the festivals) and check this number on each request, so a change
-- made on any instance is seen by all of them at once.
CREATE TABLE data_version (
    name    VARCHAR(64) NOT NULL PRIMARY KEY,
    version BIGINT      NOT NULL
);
INSERT INTO data_version (name, version) VALUES ('festivals', 0);
