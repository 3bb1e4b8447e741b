package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.core.fair.StallCategory;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.fair.SalesViews.CategoryTotal;
import org.festgate.web.fair.SalesViews.ProductTotal;
import org.festgate.web.fair.SalesViews.SaleLine;
import org.festgate.web.fair.SalesViews.SalesTotals;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Vendors' daily sales at fairs: a vendor reports, per product of its application, what it sold on a fair day it
 * holds a stall for (today or earlier); organizers see the totals of a fair by category and product, and export
 * them as CSV.
 */
@ApplicationScoped
public class SalesLedger {

    /** One line of a report, parsed. */
    public record Sold(String productKey, int quantity, long valueVnd) {
    }

    @Inject
    private FairRepository repository;

    @Inject
    private StallApplications applications;

    @Inject
    private FairCatalog catalog;

    @Inject
    private ProductNames productNames;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Records a vendor's sales of one day; a product reported again for that day replaces its earlier figures.
     *
     * @return every line the application has reported so far
     * @throws ProblemException 403 for another vendor's application, 409 when it holds no stall, 400 for a day
     *                          that is not one of its days or is still to come, or a product it did not apply with
     */
    @Transactional
    public List<SaleLine> report(long applicationId, LocalDate date, List<Sold> lines, FairActor actor) {
        StallApplicationEntity application = applications.readable(repository.lockApplication(applicationId),
                applicationId, actor);
        if (!StallApplicationEntity.HOLDING_A_STALL.contains(application.state())) {
            throw new ProblemException(Problem.conflict("state", "the application is " + application.state()
                    + ": only vendors with a stall report sales"));
        }
        if (!application.days().contains(date)) {
            throw new ProblemException(Problem.invalidField("date", date + " is not one of the application's days "
                    + application.days()));
        }
        if (date.isAfter(LocalDate.now(clock.withZone(FestivalSchedule.ZONE)))) {
            throw new ProblemException(Problem.invalidField("date", date + " is still to come"));
        }
        Set<String> keys = application.productKeys();
        lines.stream().map(Sold::productKey).filter(k -> !keys.contains(k)).findFirst().ifPresent(k -> {
            throw new ProblemException(Problem.invalidField("lines", "product '" + k
                    + "' is not among the application's products " + keys));
        });
        Instant at = clock.instant();
        for (Sold line : lines) {
            SaleEntity sale = repository.sale(applicationId, line.productKey(), date).orElseGet(() -> {
                SaleEntity created = new SaleEntity(applicationId, application.fairId(), line.productKey(), date);
                repository.store(created);
                return created;
            });
            sale.report(line.quantity(), line.valueVnd(), at);
        }
        audit.record(actor.username(), "fair.sales.reported", "application:" + applicationId,
                date + ": " + lines.size() + " product(s)");
        return repository.salesOf(applicationId).stream().map(SaleLine::of).toList();
    }

    /** The sales an application reported, by day and product. */
    @Transactional
    public List<SaleLine> sales(long applicationId, FairActor actor) {
        applications.readable(repository.application(applicationId), applicationId, actor);
        return repository.salesOf(applicationId).stream().map(SaleLine::of).toList();
    }

    /** A fair's sales in total, by category (of the applications) and by product. */
    @Transactional
    public SalesTotals totals(String fairKey) {
        List<ProductTotal> products = productNames.totals(repository.salesTotalsOf(catalog.fairId(fairKey)));
        Map<StallCategory, List<ProductTotal>> byCategory = products.stream().collect(Collectors.groupingBy(
                p -> StallCategory.valueOf(p.category()), () -> new EnumMap<>(StallCategory.class),
                Collectors.toList()));
        List<CategoryTotal> categories = byCategory.entrySet().stream().map(e -> new CategoryTotal(e.getKey().name(),
                Text.of(e.getKey().label()), sum(e.getValue(), ProductTotal::quantity),
                sum(e.getValue(), ProductTotal::valueVnd))).toList();
        return new SalesTotals(fairKey, sum(products, ProductTotal::quantity), sum(products, ProductTotal::valueVnd),
                categories, products);
    }

    private static long sum(List<ProductTotal> products, Function<ProductTotal, Long> figure) {
        return products.stream().mapToLong(figure::apply).sum();
    }
}
