package org.festgate.web.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;
import org.festgate.web.platform.security.UserAccounts;
import org.festgate.web.vendor.VendorViews.VendorView;

/**
 * Vendors' accounts and profiles: self-registration (a VENDOR account and an unverified vendor, created together
 * or not at all), the vendor's own profile, and verification by organizers. Registration, profile changes and
 * every change of verification are audited. A verification changes under a lock of the vendor's row, so two
 * organizers acting at once give one change and one 409.
 */
@ApplicationScoped
public class VendorRegistry {

    @Inject
    private VendorRepository repository;

    @Inject
    private UserAccounts accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Registers a vendor: its account, with the VENDOR role, and its profile, unverified.
     *
     * @throws ProblemException 409 naming {@code username} if it is taken
     */
    @Transactional
    public VendorView register(String username, String password, VendorProfile profile) {
        accounts.create(username, password, EnumSet.of(Role.VENDOR), username);
        VendorEntity vendor = new VendorEntity(username, profile, clock.instant());
        repository.store(vendor);
        audit.record(username, "vendor.registered", "vendor:" + vendor.id(), profile.businessName());
        return VendorView.of(vendor);
    }

    /**
     * The vendor profile of a user.
     *
     * @throws ProblemException 404 if the user has none
     */
    @Transactional
    public VendorView own(String username) {
        return VendorView.of(vendorOf(username));
    }

    /** Changes the vendor's own profile, or makes one for a VENDOR account that has none yet. */
    @Transactional
    public VendorView updateOwn(String username, VendorProfile profile) {
        Optional<VendorEntity> existing = repository.vendorOf(username);
        VendorEntity vendor = existing.orElseGet(() -> new VendorEntity(username, profile, clock.instant()));
        if (existing.isPresent()) {
            vendor.update(profile);
        } else {
            repository.store(vendor);
        }
        audit.record(username, existing.isPresent() ? "vendor.updated" : "vendor.registered", "vendor:" + vendor.id(),
                profile.businessName());
        return VendorView.of(vendor);
    }

    /** The vendors, oldest first, all or those of one status. */
    @Transactional
    public List<VendorView> list(Optional<VendorStatus> status) {
        return repository.vendors(status).stream().map(VendorView::of).toList();
    }

    /**
     * Verifies a vendor.
     *
     * @throws ProblemException 404 if there is no such vendor, 409 if it is verified already
     */
    @Transactional
    public VendorView verify(long vendorId, String actor) {
        VendorEntity vendor = locked(vendorId);
        if (vendor.status() == VendorStatus.VERIFIED) {
            throw new ProblemException(Problem.conflict("status", "vendor " + vendorId + " is verified already"));
        }
        vendor.verify(actor, clock.instant());
        audit.record(actor, "vendor.verified", "vendor:" + vendorId, vendor.businessName());
        return VendorView.of(vendor);
    }

    /**
     * Takes a vendor's verification back, for a reason the vendor reads.
     *
     * @throws ProblemException 404 if there is no such vendor, 409 if it is not verified
     */
    @Transactional
    public VendorView unverify(long vendorId, String reason, String actor) {
        VendorEntity vendor = locked(vendorId);
        if (vendor.status() != VendorStatus.VERIFIED) {
            throw new ProblemException(Problem.conflict("status", "vendor " + vendorId + " is not verified"));
        }
        vendor.unverify(reason.strip(), actor, clock.instant());
        audit.record(actor, "vendor.unverified", "vendor:" + vendorId, reason.strip());
        return VendorView.of(vendor);
    }

    /**
     * The vendor of a signed-in VENDOR user.
     *
     * @throws ProblemException 404 if the user has no vendor profile
     */
    VendorEntity vendorOf(String username) {
        return repository.vendorOf(username).orElseThrow(() -> new ProblemException(Problem.of(
                Response.Status.NOT_FOUND, "user '" + username + "' has no vendor profile: write it first")));
    }

    private VendorEntity locked(long vendorId) {
        return repository.lockVendor(vendorId).orElseThrow(() -> new ProblemException(
                Problem.notFound("vendor", Long.toString(vendorId))));
    }
}
