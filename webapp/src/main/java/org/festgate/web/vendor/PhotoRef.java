package org.festgate.web.vendor;

/**
 * A photo without its bytes: enough to list it and to answer a conditional request.
 *
 * @param id the photo's id
 * @param productId the product it shows
 * @param type its image type
 * @param sha256 the hex SHA-256 of its bytes, its entity tag
 */
public record PhotoRef(long id, long productId, PhotoType type, String sha256) {
}
