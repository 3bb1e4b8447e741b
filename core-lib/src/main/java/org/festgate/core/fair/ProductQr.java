package org.festgate.core.fair;

import java.net.URI;
import java.util.Objects;
import org.festgate.core.text.Checks;

/**
 * The address that a product's QR code at a stall carries: the product's page, such as
 * {@code https://festgate.laichau.example/products/sam-lai-chau}. Draw the code with
 * {@link org.festgate.core.qr.QrImages}, which draws every QR code of Festgate.
 * <p>
 * This is a static utility; it holds no state.
 */
public final class ProductQr {

    private static final String PRODUCTS = "products/";

    private ProductQr() {
    }

    /**
     * Gets the address of a product's page: the base address, then {@code products/} and the key.
     *
     * @param base       the address of Festgate's pages, absolute, http or https, without query or fragment, such
     *                   as {@code https://festgate.laichau.example/}; a path without its final slash gets one, not
     *                   null
     * @param productKey the product's stable key, lowercase letters and digits in groups joined by hyphens (safe in
     *                   an address as it is), not null
     * @return the address, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the base is not an absolute http or https address, has a query or a
     *                                  fragment, or the key is not a key
     */
    public static URI productLink(URI base, String productKey) {
        Objects.requireNonNull(base, "base is required");
        Checks.key(productKey, "productKey");
        String scheme = base.getScheme();
        if (base.isOpaque() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || base.getRawAuthority() == null || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "base must be an absolute http or https address without query or fragment: " + base);
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        String folder = path.endsWith("/") ? path : path + "/";
        return URI.create(scheme + "://" + base.getRawAuthority() + folder + PRODUCTS + productKey);
    }
}
