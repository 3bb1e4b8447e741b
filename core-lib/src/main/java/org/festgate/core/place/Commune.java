package org.festgate.core.place;

import java.util.Objects;
import java.util.Optional;
import org.festgate.core.text.Checks;

/**
 * A commune or ward (xã / phường) of Lai Châu province, the lowest level of local government since 2025.
 * <p>
 * The former district (huyện), abolished in 2025, is kept as an optional label only, because older documents,
 * product names and people still use it. It plays no part in any rule. Two communes are equal when their name
 * and label are equal.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Commune {

    private final String name;
    private final String formerDistrict;

    private Commune(String name, String formerDistrict) {
        this.name = Checks.nonBlank(name, "name");
        this.formerDistrict = formerDistrict;
    }

    /**
     * Obtains a commune without a former-district label.
     *
     * @param name the name of the commune, such as "Phong Thổ", not blank
     * @return the commune, not null
     * @throws NullPointerException     if the name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Commune of(String name) {
        return new Commune(name, null);
    }

    /**
     * Obtains a commune with the label of its former district.
     *
     * @param name           the name of the commune, not blank
     * @param formerDistrict the former district as old documents name it, such as "Phong Thổ", not blank
     * @return the commune, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static Commune of(String name, String formerDistrict) {
        return new Commune(name, Checks.nonBlank(formerDistrict, "formerDistrict"));
    }

    /**
     * Gets the name of the commune.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Gets the label of the former district, for old documents.
     *
     * @return the label, or empty if none was recorded
     */
    public Optional<String> formerDistrictLabel() {
        return Optional.ofNullable(formerDistrict);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Commune that
                && name.equals(that.name)
                && Objects.equals(formerDistrict, that.formerDistrict);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, formerDistrict);
    }

    /**
     * Gives the name, followed by the former district in parentheses if there is one, such as
     * {@code Ma Ly Pho (Phong Thổ)}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return formerDistrict == null ? name : name + " (" + formerDistrict + ")";
    }
}
