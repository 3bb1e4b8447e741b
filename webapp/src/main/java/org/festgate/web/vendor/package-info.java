/**
 * Vendors of the cultural-trade fairs: self-registration of a VENDOR account with its profile, verification by
 * an organizer ({@link org.festgate.web.vendor.VendorRegistry}), the vendor's product catalogue with photos
 * ({@link org.festgate.web.vendor.ProductCatalogue}, {@link org.festgate.web.vendor.ProductPhotos}), and the
 * public product page with its QR code. Other features reach vendors and products only through
 * {@link org.festgate.web.vendor.Vendors}. Contact data (phone, email, tax code) and user names never leave
 * through a public view.
 */
package org.festgate.web.vendor;
