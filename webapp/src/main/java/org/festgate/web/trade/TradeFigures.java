package org.festgate.web.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.core.gate.BorderGate;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.province.ProvinceCatalog;
import org.festgate.web.trade.TradeViews.FigureView;
import org.festgate.web.trade.TradeViews.ImportSummary;

/**
 * The department's monthly trade figures per gate: read, written one gate and month at a time (a PUT that
 * replaces, so repeating it changes nothing), deleted, or imported from a CSV file in one transaction.
 * <p>
 * Each row that is added, corrected or deleted gets its own audit line (what changed, from what to what), and an
 * import one more. The database keeps the writers apart: a stored row is locked while it is corrected or deleted
 * (an import locks the rows of its years), so writers of one row take turns and the last one's figures stay; of
 * writers racing to add the same new row, the database's unique key lets one through and the others get 409 with
 * nothing of their change stored. Nothing is written before the commit, where such a refusal is answered.
 */
@ApplicationScoped
public class TradeFigures {

    private static final String SUBJECT = "trade-figure:";

    /** What writing a row did. */
    private enum Outcome { CREATED, CORRECTED, UNCHANGED }

    /** A row written, and what writing it did. */
    private record Written(TradeFigureEntity row, Outcome outcome) {
    }

    /**
     * A row as written, and whether it is new.
     *
     * @param created true if the gate and month had no figures before
     * @param figure the row now
     */
    public record Stored(boolean created, FigureView figure) {
    }

    @Inject
    private TradeFigureRepository repository;

    @Inject
    private ProvinceCatalog province;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The rows of a year (this year if null), of every gate or of one, by month and gate. */
    @Transactional
    public List<FigureView> ofYear(String year, String gate) {
        FigureCheck check = new FigureCheck(null);
        int lastYear = FigureCheck.currentMonth(clock).getYear();
        Integer y = check.year("year", year, lastYear, lastYear);
        if (gate != null) {
            check.gate(gate, gateKeys());
        }
        check.refuseIfFailed("not a year or gate with trade figures");
        List<TradeFigureEntity> rows = gate == null ? repository.ofYears(y, y) : repository.ofYear(y, gate);
        return rows.stream().map(FigureView::of).toList();
    }

    /** The row of a gate and month; 404 if there is none. */
    @Transactional
    public FigureView figure(String gate, String month) {
        GateMonth key = key(gate, month);
        return FigureView.of(repository.find(key).orElseThrow(() -> none(key)));
    }

    /** Adds or replaces the figures of a gate and month. */
    @Transactional
    public Stored store(String gate, String month, MonthlyFigures figures, String actor) {
        GateMonth key = key(gate, month);
        Written written = write(key, repository.findForUpdate(key).orElse(null), figures, actor);
        return new Stored(written.outcome() == Outcome.CREATED, FigureView.of(written.row()));
    }

    /** Deletes the figures of a gate and month, entered by mistake; 404 if there are none. */
    @Transactional
    public void delete(String gate, String month, String actor) {
        GateMonth key = key(gate, month);
        TradeFigureEntity row = repository.findForUpdate(key).orElseThrow(() -> none(key));
        repository.remove(row);
        audit.record(actor, "trade-figure.deleted", SUBJECT + row.key(), row.figures().toString());
    }

    /**
     * Imports a CSV file ({@link TradeCsv}): every line adds or replaces the figures of its gate and month, in one
     * transaction; a file with any bad line changes nothing.
     *
     * @throws ProblemException 400 listing every bad line, column and reason
     */
    @Transactional
    public ImportSummary importCsv(byte[] file, String actor) {
        List<TradeCsv.Row> rows = new TradeCsv(gateKeys(), FigureCheck.currentMonth(clock)).read(file);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        if (!rows.isEmpty()) {
            IntSummaryStatistics years = rows.stream().mapToInt(r -> r.key().month().getYear()).summaryStatistics();
            Map<GateMonth, TradeFigureEntity> stored = repository.ofYearsForUpdate(years.getMin(), years.getMax())
                    .stream().collect(Collectors.toMap(TradeFigureEntity::key, Function.identity()));
            rows.forEach(r -> outcomes.merge(write(r.key(), stored.get(r.key()), r.figures(), actor).outcome(), 1,
                    Integer::sum));
        }
        ImportSummary summary = new ImportSummary(rows.size(), outcomes.getOrDefault(Outcome.CREATED, 0),
                outcomes.getOrDefault(Outcome.CORRECTED, 0), outcomes.getOrDefault(Outcome.UNCHANGED, 0));
        audit.record(actor, "trade-figures.imported", "trade-figures", summary.toString());
        return summary;
    }

    /** Adds the row, or corrects the stored one (locked); no query after it, so nothing is written before commit. */
    private Written write(GateMonth key, TradeFigureEntity stored, MonthlyFigures figures, String actor) {
        if (stored == null) {
            TradeFigureEntity row = new TradeFigureEntity(key, figures, clock.instant(), actor);
            repository.add(row);
            audit.record(actor, "trade-figure.created", SUBJECT + key, figures.toString());
            return new Written(row, Outcome.CREATED);
        }
        MonthlyFigures before = stored.figures();
        if (before.equals(figures)) {
            return new Written(stored, Outcome.UNCHANGED);
        }
        stored.update(figures, clock.instant(), actor);
        audit.record(actor, "trade-figure.corrected", SUBJECT + key, before.changesTo(figures));
        return new Written(stored, Outcome.CORRECTED);
    }

    /** The gate and month of a path: 404 for a gate the province does not have, 400 for a bad month. */
    private GateMonth key(String gate, String month) {
        if (!gateKeys().contains(gate)) {
            throw new ProblemException(Problem.notFound("gate", gate));
        }
        FigureCheck check = new FigureCheck(null);
        YearMonth m = check.month(month, FigureCheck.currentMonth(clock));
        check.refuseIfFailed("not a month with trade figures");
        return new GateMonth(gate, m);
    }

    private static ProblemException none(GateMonth key) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "no trade figures for " + key));
    }

    private Set<String> gateKeys() {
        return province.gates().stream().map(BorderGate::key).collect(Collectors.toSet());
    }
}
