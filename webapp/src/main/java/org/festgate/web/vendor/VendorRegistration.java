package org.festgate.web.vendor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.festgate.web.platform.security.NewAccount;

/**
 * A vendor's self-registration: the account to create, with the VENDOR role, and the vendor's profile:
 * {@code {"account":{"username":"htx-tam-duong","password":"..."},"profile":{...}}} (see
 * {@link VendorProfileInput}). Public fields, not a record: see {@code SignInRequest}.
 */
public class VendorRegistration {

    @NotNull
    @Valid
    public NewAccount account;

    @NotNull
    @Valid
    public VendorProfileInput profile;
}
