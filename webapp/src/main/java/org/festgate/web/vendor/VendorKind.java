package org.festgate.web.vendor;

/** What kind of business a vendor is. */
public enum VendorKind {
    /** A household business (hộ kinh doanh). */
    HOUSEHOLD,
    /** A cooperative (hợp tác xã). */
    COOPERATIVE,
    /** An enterprise (doanh nghiệp). */
    ENTERPRISE,
    /** A trader, such as of border-trade goods (thương nhân). */
    TRADER
}
