package org.festgate.web.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/** A user's own change of password: the current one, and the new one. */
public class PasswordChange {

    @NotBlank
    @Size(max = 200)
    public String currentPassword;

    @NotBlank
    @Size(min = PasswordHasher.MIN_LENGTH, max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String newPassword;
}
