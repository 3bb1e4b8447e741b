package org.festgate.web.ticket;

import java.util.Objects;

/**
 * Who claims tickets: a name, and optionally an email address or a phone number.
 *
 * @param name the holder's name, not null
 * @param email an email address, or null
 * @param phone a phone number, or null
 */
public record TicketHolder(String name, String email, String phone) {

    public TicketHolder {
        Objects.requireNonNull(name, "name is required");
    }
}
