package org.festgate.web.vendor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.TextRules;

/**
 * A vendor's profile as the vendor writes it: {@code {"businessName":"HTX Chè Tam Đường","kind":"COOPERATIVE",
 * "commune":"Bản Bo","formerDistrict":"Tam Đường","phone":"0912 345 678","email":null,"taxCode":"6200123456"}};
 * kind is HOUSEHOLD, COOPERATIVE, ENTERPRISE or TRADER; a phone or an email (or both) is required, the former
 * district and the tax code are optional. Public fields, not a record: see {@code SignInRequest}.
 */
public class VendorProfileInput {

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String businessName;

    @NotBlank
    public String kind;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String commune;

    @Size(max = 100)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String formerDistrict;

    @Size(max = 20)
    @Pattern(regexp = "\\s*|\\+?[0-9][0-9 .-]{6,18}", message = "must be a phone number such as 0912 345 678")
    public String phone;

    @Size(max = 200)
    @Email
    public String email;

    @Pattern(regexp = "\\s*|\\d{10}(-\\d{3})?", message = "must be 10 digits, or 10 digits, '-' and 3 more")
    public String taxCode;

    /**
     * The profile.
     *
     * @throws ProblemException 400 naming {@code kind} if it is unknown, or {@code phone} if neither a phone nor
     *                          an email is given
     */
    VendorProfile toProfile() {
        VendorKind vendorKind = InputValues.constant(VendorKind.class, "kind", kind);
        String phoneNumber = InputValues.optional(phone);
        String address = InputValues.optional(email);
        if (phoneNumber == null && address == null) {
            throw new ProblemException(Problem.invalidField("phone", "give a phone or an email"));
        }
        return new VendorProfile(businessName.strip(), vendorKind, InputValues.commune(commune, formerDistrict),
                phoneNumber, address, InputValues.optional(taxCode));
    }
}
