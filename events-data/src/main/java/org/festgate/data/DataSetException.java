package org.festgate.data;

/**
 * The only exception {@link DataSetReader} throws for a bad data set: malformed JSON, a missing or ill-typed
 * field, an unknown value, a duplicate key, or a dangling cross-reference (source id, venue key).
 *
 * <p>The message always says where: the array and index, the record key when it is known, and the field,
 * e.g. {@code festivals[3] (key 'hoa-ban'): field 'schedule.rule': unknown rule 'lunar:13-01'}.
 */
public class DataSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message where and what went wrong
     */
    public DataSetException(String message) {
        super(message);
    }

    /**
     * @param message where and what went wrong
     * @param cause   the underlying parser or value error
     */
    public DataSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
