package org.festgate.web.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.rest.TextRules;

/**
 * User name and password, for a web session or an API token. (Request bodies are classes with public fields,
 * not records: Payara's OpenAPI generator fails on constraint annotations of record components.)
 */
public class SignInRequest {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String username;

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String password;

    /** What the token is for, such as the name of the client; optional. */
    @Size(max = 100)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String label;
}
