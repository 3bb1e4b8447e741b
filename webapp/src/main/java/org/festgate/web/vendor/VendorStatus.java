package org.festgate.web.vendor;

/**
 * Whether an organizer has verified a vendor. A vendor starts UNVERIFIED; only a VERIFIED vendor's products are
 * public and only a VERIFIED vendor may apply for a stall. An organizer can take the verification back, with a
 * reason.
 */
public enum VendorStatus {
    /** Registered, or its verification taken back; waits for an organizer. */
    UNVERIFIED,
    /** Checked by an organizer. */
    VERIFIED
}
