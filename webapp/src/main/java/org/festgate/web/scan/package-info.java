/**
 * Gate scanning: scanner devices registered to the entrances of one event, each with its own token
 * ({@link org.festgate.web.scan.ScannerDevices}); online scans decided under a per-ticket database lock so that a
 * single-entry ticket is admitted exactly once, idempotent by nonce; offline packages and uploads of queued scans
 * with conflicts flagged ({@link org.festgate.web.scan.Gatekeeper}); the live count of people inside and the
 * conflicts for organizers. Every scan, admitted or refused, is kept: the scan table is the gate's audit log.
 */
package org.festgate.web.scan;
