package org.festgate.web.platform.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** An account that an administrator creates, with its roles. */
public class NewUser extends NewAccount {

    @NotEmpty
    public Set<@NotNull Role> roles;
}
