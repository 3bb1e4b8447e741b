-- Offline packages page through an event's scans by the time they were recorded (SyncCursor), not by id.
CREATE INDEX scan_event_recorded_ix ON scan (event_id, recorded_at, id);
