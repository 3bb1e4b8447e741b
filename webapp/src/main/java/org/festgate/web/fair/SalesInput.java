package org.festgate.web.fair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A vendor's sales of one fair day: {@code {"date":"2027-03-01","lines":[{"productId":51,"quantity":12,
 * "valueVnd":1800000}]}}; a product reported again for the same day replaces its earlier line. Public fields, not
 * records: see {@code SignInRequest}.
 */
public class SalesInput {

    /** What was sold of one product. */
    public static class LineInput {
        public long productId;
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
}
