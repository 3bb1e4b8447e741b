package org.festgate.web.ticket;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/**
 * A visitor's claim: {@code {"name":"Lò Văn A","email":"a@example.org","phone":"+84...","quantity":2}}; email
 * and phone are optional. Public fields, not a record: see {@code SignInRequest}.
 */
public class ClaimInput {

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String name;

    @Email
    @Size(max = 200)
    public String email;

    @Size(max = 40)
    @Pattern(regexp = "\\+?[0-9 ]{6,39}", message = "must be a phone number of digits, such as +84 213 3876 543")
    public String phone;

    @Min(1)
    @Max(100)
    public int quantity = 1;

    TicketHolder toHolder() {
        return new TicketHolder(name.strip(), email, phone);
    }
}
