package org.festgate.web.platform.security;

import java.util.Set;

/**
 * Who made a request: the user name and roles of a valid sign-in, and for a web session the CSRF token that
 * each of its writes must repeat.
 *
 * @param username the signed-in user
 * @param roles the user's roles
 * @param kind a browser session or an API token
 * @param csrfToken for a session, the token its writes must send in {@code X-CSRF-Token}; else null
 */
public record Caller(String username, Set<Role> roles, AuthToken.Kind kind, String csrfToken) {

    public Caller {
        roles = Set.copyOf(roles);
    }
}
