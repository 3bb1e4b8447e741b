package org.festgate.web.vendor;

import java.util.Objects;
import org.festgate.core.place.Commune;
import org.festgate.core.text.Checks;

/**
 * What a vendor tells about itself: the business name that visitors see, its kind, its commune, and how the
 * organizers reach it (a phone, an email or both) with an optional tax code. Everything but the business name is
 * personal data, never shown on public pages.
 *
 * @param businessName the public name, such as "HTX Chè Tam Đường", not blank
 * @param kind the kind of business, not null
 * @param commune the commune (with its former district, if known), not null
 * @param phone the phone number, or null
 * @param email the email address, or null
 * @param taxCode the tax code, or null
 */
public record VendorProfile(String businessName, VendorKind kind, Commune commune, String phone, String email,
                            String taxCode) {

    /**
     * @throws IllegalArgumentException if the business name is blank or neither a phone nor an email is given
     */
    public VendorProfile {
        Checks.nonBlank(businessName, "businessName");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(commune, "commune is required");
        if (phone == null && email == null) {
            throw new IllegalArgumentException("give a phone or an email");
        }
    }
}
