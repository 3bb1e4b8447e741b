-- The version of what gates need to decide a scan: signing keys, revocations and ticket types. Raised in the
-- same transaction as every such change, so each instance keeps its verifier and gate rules as a snapshot and
-- checks this number on each scan instead of reading keys, revocations and rules every time.
INSERT INTO data_version (name, version) VALUES ('ticket-gates', 0);
