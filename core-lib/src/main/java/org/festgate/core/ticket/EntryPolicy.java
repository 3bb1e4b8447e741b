package org.festgate.core.ticket;

/**
 * How often a ticket admits its holder, carried in the token as a one-byte code.
 * <p>
 * The codes are part of the token format: they never change, and a new policy takes a new code.
 */
public enum EntryPolicy {

    /** One entry only; the ticket is used up by its first admission. */
    SINGLE_ENTRY(1),
    /** Any number of entries while the ticket is valid. */
    MULTIPLE_ENTRY(2),
    /** One entry per day of the validity window. */
    ONCE_PER_DAY(3),
    /** One entry at a time: after an entry the holder may enter again only once an exit was scanned. */
    REENTRY_AFTER_EXIT(4);

    private static final EntryPolicy[] BY_CODE = new EntryPolicy[256];

    static {
        for (EntryPolicy policy : values()) {
            BY_CODE[policy.code] = policy;
        }
    }

    private final int code;

    EntryPolicy(int code) {
        this.code = code;
    }

    /**
     * Gets the stable code of this policy, as written in the token.
     *
     * @return the code, from 1 to 255
     */
    public int code() {
        return code;
    }

    /**
     * Obtains the policy with a code.
     *
     * @param code the code, as returned by {@link #code()}
     * @return the policy, not null
     * @throws IllegalArgumentException if no policy has this code
     */
    public static EntryPolicy fromCode(int code) {
        EntryPolicy policy = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (policy == null) {
            throw new IllegalArgumentException("no entry policy has code " + code);
        }
        return policy;
    }
}
