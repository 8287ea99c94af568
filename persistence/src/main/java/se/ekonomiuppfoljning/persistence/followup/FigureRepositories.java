package se.ekonomiuppfoljning.persistence.followup;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.followup.FigureRepository;

/**
 * The figures port built by hand, outside the application's bean: over the lines as before the per-unit monthly
 * totals (V45), or over the totals as the product reads them. For the benchmark's before/after comparison and the
 * tests that hold the totals to the lines' sums; the product uses the bean.
 */
public final class FigureRepositories {

    private FigureRepositories() {}

    /** Every per-unit and per-month sum read from the lines, as before V45. */
    public static FigureRepository overLines(NamedParameterJdbcTemplate jdbc) {
        return new JdbcFigureRepository(jdbc, JdbcFigureRepository.UNIT_LIST_LIMIT, false);
    }

    /** The per-unit and per-month sums read from {@code unit_month_total}, as the application's bean reads them. */
    public static FigureRepository overTotals(NamedParameterJdbcTemplate jdbc) {
        return new JdbcFigureRepository(jdbc, JdbcFigureRepository.UNIT_LIST_LIMIT, true);
    }
}
