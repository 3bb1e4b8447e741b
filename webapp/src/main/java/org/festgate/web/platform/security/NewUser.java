package org.festgate.web.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.festgate.web.platform.rest.TextRules;

/** An account that an administrator creates. */
public class NewUser {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[a-z0-9._-]+", message = "lower-case letters, digits, '.', '_' and '-' only")
    public String username;

    @NotBlank
    @Size(min = PasswordHasher.MIN_LENGTH, max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String password;

    @NotEmpty
    public Set<@NotNull Role> roles;
}
