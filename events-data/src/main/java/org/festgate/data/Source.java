package org.festgate.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One cited document of the data set; records refer to it by {@link #id()}.
 *
 * @param id     stable slug, unique in the file
 * @param title  title of the document (in its own language)
 * @param issuer who issued or published it
 * @param date   publication date as given ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param note   what the data set takes from it, or null
 */
public record Source(String id, String title, String issuer, String date, String note) {

    /** Validates the required fields. */
    public Source {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(issuer, "issuer is required");
    }

    /** @return the publication date, if recorded */
    public Optional<String> dateText() {
        return Optional.ofNullable(date);
    }

    /** @return the note, if any */
    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}
