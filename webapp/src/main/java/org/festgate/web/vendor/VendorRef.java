package org.festgate.web.vendor;

/**
 * A verified vendor as other features know it: its id and the name visitors see, nothing personal.
 *
 * @param id the vendor's id
 * @param publicName its business name
 */
public record VendorRef(long id, String publicName) {
}
