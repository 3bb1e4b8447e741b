package org.festgate.core.text;

/**
 * Where a record comes from.
 * <p>
 * A record is either backed by a source, cited in {@link #source()} (a document, a decision, a web page), or it is
 * a {@linkplain #sample() sample}: an illustration that must never be shown as an official fact. For a sample,
 * {@code source} holds a note saying what it illustrates.
 *
 * @param source the citation, or for a sample a note, not blank
 * @param sample true if the record is illustrative only
 */
public record Provenance(String source, boolean sample) {

    /**
     * Creates a provenance.
     *
     * @throws NullPointerException     if the source is null
     * @throws IllegalArgumentException if the source is blank
     */
    public Provenance {
        Checks.nonBlank(source, "source");
    }

    /**
     * Obtains the provenance of a record backed by a source.
     *
     * @param citation the citation of the source, not blank
     * @return the provenance, not null
     * @throws NullPointerException     if the citation is null
     * @throws IllegalArgumentException if the citation is blank
     */
    public static Provenance source(String citation) {
        return new Provenance(citation, false);
    }

    /**
     * Obtains the provenance of an illustrative record that is not an official fact.
     *
     * @param note what the sample illustrates, not blank
     * @return the provenance, not null
     * @throws NullPointerException     if the note is null
     * @throws IllegalArgumentException if the note is blank
     */
    public static Provenance sample(String note) {
        return new Provenance(note, true);
    }

    @Override
    public String toString() {
        return (sample ? "sample: " : "source: ") + source;
    }
}
