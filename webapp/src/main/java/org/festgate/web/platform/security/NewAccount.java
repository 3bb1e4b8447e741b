package org.festgate.web.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/** The user name and first password of a new account, with the rules every account's obey. */
public class NewAccount {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[a-z0-9._-]+", message = "lower-case letters, digits, '.', '_' and '-' only")
    public String username;

    @NotBlank
    @Size(min = PasswordHasher.MIN_LENGTH, max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String password;
}
