package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.festgate.core.fair.ApplicationState;
import org.festgate.web.platform.persistence.SqlList;

/** Fairs, stall applications, stall bookings and sales in the database. */
@ApplicationScoped
public class FairRepository {

    @PersistenceContext
    private EntityManager em;

    Optional<FairEntity> fair(String key) {
        return em.createNamedQuery("FairEntity.byKey", FairEntity.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The id of the fair with this key, without reading the fair and its map. */
    Optional<Long> fairId(String key) {
        return em.createNamedQuery("FairEntity.idByKey", Long.class).setParameter("key", key).getResultStream()
                .findFirst();
    }

    Optional<FairEntity> fair(long id) {
        return Optional.ofNullable(em.find(FairEntity.class, id));
    }

    /** The fairs that are part of a festival, by key. */
    List<FairEntity> fairsOf(String festivalKey) {
        return em.createNamedQuery("FairEntity.ofFestival", FairEntity.class).setParameter("festival", festivalKey)
                .getResultList();
    }

    /** The fairs with these keys, by key; unknown keys are left out, none for no keys. */
    List<FairEntity> fairs(Collection<String> keys) {
        return keys.isEmpty() ? List.of() : em.createNamedQuery("FairEntity.byKeys", FairEntity.class)
                .setParameter("keys", keys).getResultList();
    }

    List<FairEntity> fairs() {
        return em.createNamedQuery("FairEntity.all", FairEntity.class).getResultList();
    }

    /**
     * Locks the fair's row until the transaction ends and reads it again: writers of one fair's stalls wait for
     * each other here, on every instance, and see what the one before them committed.
     */
    void lock(FairEntity fair) {
        em.refresh(fair, LockModeType.PESSIMISTIC_WRITE);
    }

    Optional<StallApplicationEntity> application(long id) {
        return Optional.ofNullable(em.find(StallApplicationEntity.class, id));
    }

    /** The fair of an application. */
    Optional<Long> applicationFairId(long id) {
        return application(id).map(StallApplicationEntity::fairId);
    }

    /** The application, locked for update until the transaction ends. */
    Optional<StallApplicationEntity> lockApplication(long id) {
        return Optional.ofNullable(em.find(StallApplicationEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    List<StallApplicationEntity> applicationsOf(long fairId) {
        return em.createNamedQuery("StallApplicationEntity.ofFair", StallApplicationEntity.class)
                .setParameter("fair", fairId).getResultList();
    }

    List<StallApplicationEntity> applicationsOf(long fairId, ApplicationState state) {
        return em.createNamedQuery("StallApplicationEntity.ofFairInState", StallApplicationEntity.class)
                .setParameter("fair", fairId).setParameter("state", state.name()).getResultList();
    }

    List<StallApplicationEntity> applicationsOfVendor(long vendorId) {
        return em.createNamedQuery("StallApplicationEntity.ofVendor", StallApplicationEntity.class)
                .setParameter("vendor", vendorId).getResultList();
    }

    List<StallBookingEntity> bookingsOf(long fairId) {
        return em.createNamedQuery("StallBookingEntity.ofFair", StallBookingEntity.class)
                .setParameter("fair", fairId).getResultList();
    }

    List<StallBookingEntity> bookingsOfApplication(long applicationId) {
        return em.createNamedQuery("StallBookingEntity.ofApplication", StallBookingEntity.class)
                .setParameter("application", applicationId).getResultList();
    }

    /** Deletes the bookings of an application: its stall is free again. */
    void release(long applicationId) {
        em.createNamedQuery("StallBookingEntity.release").setParameter("application", applicationId)
                .executeUpdate();
    }

    Optional<SaleEntity> sale(long applicationId, String productKey, LocalDate date) {
        return em.createNamedQuery("SaleEntity.find", SaleEntity.class).setParameter("application", applicationId)
                .setParameter("product", productKey).setParameter("date", date).getResultStream().findFirst();
    }

    List<SaleEntity> salesOf(long applicationId) {
        return em.createNamedQuery("SaleEntity.ofApplication", SaleEntity.class)
                .setParameter("application", applicationId).getResultList();
    }

    /**
     * Per product of a fair: product key, category, vendor id and name, quantity and value sold, by category and
     * product key. The database sums the sales lines per application and product, along the index that holds them
     * in that order with their figures (V13; grouped by all its leading columns, H2 sums as it reads instead of
     * keeping a map of groups); the few hundred applications of the fair are then joined here (one query joining
     * them made H2 run the summing once per application).
     */
    List<Object[]> salesTotalsOf(long fairId) {
        Map<Long, Object[]> applications = new HashMap<>();
        for (Object[] a : em.createQuery("SELECT a.id, a.category, a.vendorId, a.vendorName FROM"
                + " StallApplicationEntity a WHERE a.fairId = :fair", Object[].class).setParameter("fair", fairId)
                .getResultList()) {
            applications.put((Long) a[0], a);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("SELECT application_id, product_key, SUM(quantity),"
                + " SUM(value_vnd) FROM fair_sale WHERE fair_id = ? GROUP BY fair_id, application_id, product_key")
                .setParameter(1, fairId).getResultList();
        Map<List<Object>, long[]> totals = new TreeMap<>(Comparator.comparing((List<Object> k) -> (String) k.get(1))
                .thenComparing(k -> (String) k.get(0)).thenComparing(k -> (Long) k.get(2))
                .thenComparing(k -> (String) k.get(3)));
        for (Object[] sum : sums) {
            Object[] a = applications.get(((Number) sum[0]).longValue());
            long[] total = totals.computeIfAbsent(List.of(sum[1], a[1], a[2], a[3]), k -> new long[2]);
            total[0] += ((Number) sum[2]).longValue();
            total[1] += ((Number) sum[3]).longValue();
        }
        return totals.entrySet().stream().map(e -> new Object[] {e.getKey().get(0), e.getKey().get(1),
                e.getKey().get(2), e.getKey().get(3), e.getValue()[0], e.getValue()[1]}).toList();
    }

    void store(Object entity) {
        em.persist(entity);
    }

    /**
     * Stores an entity and writes it at once: rows go in in the order of the calls (the persistence context would
     * choose its own order at commit), and a unique constraint refuses a row here, not at the commit.
     */
    void insert(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** A fair's stall-days (stalls on the map times the fair's days) per stall category, counted by the database. */
    @SuppressWarnings("unchecked")
    List<Object[]> stallDaysPerCategory(long fairId) {
        return em.createNativeQuery("SELECT st.category, COUNT(*) FROM fair_stall st, fair_day d"
                + " WHERE st.fair_id = ? AND d.fair_id = st.fair_id GROUP BY st.category ORDER BY st.category")
                .setParameter(1, fairId).getResultList();
    }

    /** A fair's booked stall-days per stall category, counted by the database. */
    @SuppressWarnings("unchecked")
    List<Object[]> bookedStallDaysPerCategory(long fairId) {
        return em.createNativeQuery("SELECT st.category, COUNT(*) FROM stall_booking b, fair_stall st"
                + " WHERE b.fair_id = ? AND st.fair_id = b.fair_id AND st.stall_code = b.stall_code"
                + " GROUP BY st.category ORDER BY st.category").setParameter(1, fairId).getResultList();
    }

    /**
     * The applications of some fairs (not empty) sent to their organizers (not drafts), counted by the database per
     * fair ({@code perFair}: fair id first) or over all of them: applications, distinct vendors holding a stall,
     * distinct vendors checked in.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> vendorCounts(Collection<Long> fairIds, boolean perFair) {
        return SqlList.bind(em.createNativeQuery("SELECT " + (perFair ? "a.fair_id, " : "") + "COUNT(*),"
                + " COUNT(DISTINCT CASE WHEN a.state IN ('ALLOCATED', 'PAID', 'CHECKED_IN') THEN a.vendor_id END),"
                + " COUNT(DISTINCT CASE WHEN a.state = 'CHECKED_IN' THEN a.vendor_id END)"
                + " FROM stall_application a WHERE a.fair_id IN (" + SqlList.parameters(fairIds) + ")"
                + " AND a.state <> 'DRAFT'" + (perFair ? " GROUP BY a.fair_id" : "")), fairIds).getResultList();
    }

    /**
     * The sales of some fairs (not empty) per stall category of the applications: category, quantity, value. The
     * lines are summed per application first, along the index that holds them in that order (V13), so each
     * application is joined once, not once per line.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> salesPerCategory(Collection<Long> fairIds) {
        return SqlList.bind(em.createNativeQuery("SELECT a.category, SUM(t.quantity), SUM(t.value_vnd) FROM ("
                + salesSummedPer("s.application_id", fairIds) + ") t, stall_application a WHERE a.id = t.application_id"
                + " GROUP BY a.category ORDER BY a.category"), fairIds).getResultList();
    }

    /**
     * The sales of some fairs (not empty) per place of origin of the products: the former district where the
     * product names one, else its commune (null for a district); then quantity and value, largest value first.
     * The lines are summed per application and product before the products are joined.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> salesPerDistrict(Collection<Long> fairIds) {
        return SqlList.bind(em.createNativeQuery("SELECT x.district, x.commune, SUM(x.quantity), SUM(x.value_vnd)"
                + " FROM (SELECT p.former_district AS district, CASE WHEN p.former_district IS NULL"
                + " THEN p.commune END AS commune, t.quantity, t.value_vnd FROM ("
                + salesSummedPer("s.application_id, s.product_key", fairIds) + ") t LEFT JOIN vendor_product p"
                + " ON p.product_key = t.product_key) x"
                + " GROUP BY x.district, x.commune ORDER BY SUM(x.value_vnd) DESC, x.district, x.commune"), fairIds)
                .getResultList();
    }

    /**
     * The best-selling products of some fairs (not empty) by value, at most {@code max}: product key, category,
     * vendor id and name, quantity and value.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> topProducts(Collection<Long> fairIds, int max) {
        return SqlList.bind(em.createNativeQuery("SELECT t.product_key, a.category, a.vendor_id, a.vendor_name,"
                + " SUM(t.quantity), SUM(t.value_vnd) FROM (" + salesSummedPer("s.application_id, s.product_key",
                fairIds) + ") t, stall_application a WHERE a.id = t.application_id"
                + " GROUP BY t.product_key, a.category, a.vendor_id, a.vendor_name"
                + " ORDER BY SUM(t.value_vnd) DESC, t.product_key"), fairIds).setMaxResults(max).getResultList();
    }

    /**
     * A subquery of the sales lines of some fairs (not empty) summed per application, or per application and
     * product ({@code columns}): those columns, then {@code quantity} and {@code value_vnd}; its parameters are the
     * fair ids ({@link SqlList}). The figures join applications and products to these sums rather than to every
     * line: on H2 that is one look-up per application or product instead of one per line (24,000 for a large fair).
     * Grouped by the fair first, in the order of the index that holds the lines with their figures (V13), H2 sums as
     * it reads; grouped otherwise it kept a map of the groups, most of the call's time (docs/benchmarks.md).
     */
    private static String salesSummedPer(String columns, Collection<Long> fairIds) {
        return "SELECT " + columns + ", SUM(s.quantity) AS quantity, SUM(s.value_vnd) AS value_vnd FROM fair_sale s"
                + " WHERE s.fair_id IN (" + SqlList.parameters(fairIds) + ") GROUP BY s.fair_id, " + columns;
    }
}
