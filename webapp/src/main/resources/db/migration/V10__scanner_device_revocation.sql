-- A lost or stolen gate phone is revoked: its token no longer scans or downloads the offline package.
ALTER TABLE scanner_device ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scanner_device ADD COLUMN revoked_by VARCHAR(64);
CREATE INDEX scanner_device_event_ix ON scanner_device (event_id);
