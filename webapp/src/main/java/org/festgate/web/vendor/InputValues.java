package org.festgate.web.vendor;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.festgate.core.place.Commune;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** Turning optional and enumerated fields of request bodies into values, with a problem naming a bad field. */
final class InputValues {

    private InputValues() {
    }

    /** The text stripped, or null when it is null or blank. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The commune, with its former district when one is given. */
    static Commune commune(String name, String formerDistrict) {
        String district = optional(formerDistrict);
        return district == null ? Commune.of(name.strip()) : Commune.of(name.strip(), district);
    }

    /**
     * The constant of an enum that the text names exactly.
     *
     * @throws ProblemException 400 naming the field and the allowed names
     */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst()
                .orElseThrow(() -> new ProblemException(Problem.invalidField(field, "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
