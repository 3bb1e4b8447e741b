package org.festgate.web.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Trade figures in the database: rows by gate and month, and their sums by gate and year. */
@ApplicationScoped
public class TradeFigureRepository {

    @PersistenceContext
    private EntityManager em;

    Optional<TradeFigureEntity> find(GateMonth key) {
        return findQuery(key).getResultStream().findFirst();
    }

    /** The row of a gate and month, locked until the transaction ends, so that writers of it take turns. */
    Optional<TradeFigureEntity> findForUpdate(GateMonth key) {
        return findQuery(key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** The rows of some years, by month and gate. */
    List<TradeFigureEntity> ofYears(int from, int to) {
        return ofYearsQuery(from, to).getResultList();
    }

    /** The rows of some years, locked until the transaction ends (always in the same order: no deadlock). */
    List<TradeFigureEntity> ofYearsForUpdate(int from, int to) {
        return ofYearsQuery(from, to).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The rows of one gate in one year, by month. */
    List<TradeFigureEntity> ofYear(int year, String gate) {
        return em.createNamedQuery("TradeFigureEntity.ofYearAndGate", TradeFigureEntity.class)
                .setParameter("year", year).setParameter("gate", gate).getResultList();
    }

    /**
     * Per gate and year: {@code [gate, year, months, import, export, localGoodsExport, temporaryImport, people,
     * vehicles]}, the sums as the database gives them (a {@link Number} each).
     */
    List<Object[]> totalsByGateAndYear(int from, int to) {
        return em.createNamedQuery("TradeFigureEntity.totalsByGateAndYear", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Per year: {@code [year, months with any figures]}. */
    List<Object[]> monthsByYear(int from, int to) {
        return em.createNamedQuery("TradeFigureEntity.monthsByYear", Object[].class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    private TypedQuery<TradeFigureEntity> findQuery(GateMonth key) {
        return em.createNamedQuery("TradeFigureEntity.find", TradeFigureEntity.class).setParameter("gate", key.gate())
                .setParameter("year", key.month().getYear()).setParameter("month", key.month().getMonthValue());
    }

    private TypedQuery<TradeFigureEntity> ofYearsQuery(int from, int to) {
        return em.createNamedQuery("TradeFigureEntity.ofYears", TradeFigureEntity.class).setParameter("from", from)
                .setParameter("to", to);
    }

    /** Adds a row; written at commit, where the unique key refuses a second row of the same gate and month. */
    void add(TradeFigureEntity figure) {
        em.persist(figure);
    }

    void remove(TradeFigureEntity figure) {
        em.remove(figure);
    }
}
