package org.festgate.web.platform.persistence;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;

/**
 * A list of values in a native SQL query ({@code WHERE x IN (?, ?, ?)}): the positional parameters in the text
 * and their values bound in order, so that the values never become part of the SQL text.
 */
public final class SqlList {

    private SqlList() {
    }

    /** As many positional parameters as values, separated by commas: {@code ?, ?, ?}. */
    public static String parameters(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** Binds the values to the query's positional parameters from the first on; answers the query. */
    public static Query bind(Query query, Collection<?> values) {
        int position = 1;
        for (Object value : values) {
            query.setParameter(position++, value);
        }
        return query;
    }
}
