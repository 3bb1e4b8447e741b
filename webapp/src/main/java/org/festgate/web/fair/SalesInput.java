package org.festgate.web.fair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * A vendor's sales of one fair day: {@code {"date":"2027-03-01","lines":[{"productKey":"che-shan-tuyet","quantity":12,
 * "valueVnd":1800000}]}}; a product reported again for the same day replaces its earlier line. Public fields, not
 * records: see {@code SignInRequest}.
 */
public class SalesInput {

    /** What was sold of one product. */
    public static class LineInput {
        @NotNull
        @Size(max = 64)
        public String productKey;
        @Min(0)
        @Max(10_000_000)
        public int quantity;
        @Min(0)
        @Max(1_000_000_000_000L)
        public long valueVnd;
    }

    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2027-03-01")
    public String date;

    @NotEmpty
    @Valid
    @Size(max = 100)
    public List<@NotNull LineInput> lines;

    /**
     * The lines, parsed.
     *
     * @throws ProblemException 400 when a product is reported twice
     */
    List<SalesLedger.Sold> toLines() {
        if (lines.stream().map(l -> l.productKey).distinct().count() != lines.size()) {
            throw new ProblemException(Problem.invalidField("lines", "a product is reported twice"));
        }
        return lines.stream().map(l -> new SalesLedger.Sold(l.productKey, l.quantity, l.valueVnd)).toList();
    }
}
