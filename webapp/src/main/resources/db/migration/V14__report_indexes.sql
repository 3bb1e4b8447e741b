-- Indexes for the festival report with many rows (docs/benchmarks.md, "Fifth round: visitors, the report and
-- districts").
-- The report counts the cancelled tickets of a festival's events per ticket type: without this index H2 read every
-- ticket of the events (120,000 rows, about 1 s for a large festival) to find the few cancelled ones.
CREATE INDEX ticket_event_status_ix ON ticket (event_id, status, ticket_type_id);
