-- Every scan of a ticket reads the ticket's admitted scans for the admission decision (ScanLedger). This index holds
-- every column that read needs, so the databases answer it from the index alone instead of fetching each scan row:
-- on H2 those row fetches took a quarter of a scan's CPU (docs/benchmarks.md, fifth round of scans). It starts with
-- ticket_id, so it also serves everything the index it replaces served.
CREATE INDEX scan_ticket_history_ix ON scan (ticket_id, admitted, scanned_at, direction, entrance_key, event_id, reason,
                                             nonce);
DROP INDEX scan_ticket_ix;
