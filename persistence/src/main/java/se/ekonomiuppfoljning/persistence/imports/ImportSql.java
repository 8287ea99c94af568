package se.ekonomiuppfoljning.persistence.imports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.KeyHolder;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** What the parts of the imports adapter share: the sums per unit, the grouping of periods, times and texts. */
final class ImportSql {

    static final int BATCH_SIZE = 5_000;

    /** Above this many units, sums are read for the whole year and the units kept in Java. */
    static final int UNIT_LIST_LIMIT = 1_000;

    private ImportSql() {}

    /**
     * Per unit, {@code sql}'s sums ({@code %s} in it is where the unit condition goes). For more than
     * {@code unitListLimit} units the year is summed whole and the other units dropped here: MariaDB checks every
     * row against a long {@code IN} list, which measured about twice the cost of reading the year.
     */
    static Map<UnitCode, BigDecimal> sumsByUnit(
            NamedParameterJdbcTemplate jdbc,
            String sql,
            Set<UnitCode> units,
            MapSqlParameterSource params,
            int unitListLimit) {
        boolean wholeYear = units.size() > unitListLimit;
        Map<UnitCode, BigDecimal> sums = sumsByUnit(
                jdbc,
                sql.formatted(wholeYear ? "" : " AND unit_code IN (:units)"),
                params.addValue("units", codes(units)));
        if (wholeYear) {
            sums.keySet().retainAll(units);
        }
        return sums;
    }

    /** Per unit (the first column) the sum of the other columns; NULLs are left out, a unit of only NULLs too. */
    static Map<UnitCode, BigDecimal> sumsByUnit(
            NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource params) {
        Map<UnitCode, BigDecimal> sums = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            @Nullable BigDecimal total = null;
            for (int column = 2; column <= rs.getMetaData().getColumnCount(); column++) {
                BigDecimal sum = rs.getBigDecimal(column);
                if (sum != null) {
                    total = total == null ? sum : total.add(sum);
                }
            }
            if (total != null) {
                sums.put(UnitCode.of(rs.getString(1)), total);
            }
        });
        return sums;
    }

    /** The months of the periods by year, both in order. */
    static Map<Integer, List<Integer>> monthsByYear(Set<Period> periods) {
        Map<Integer, Set<Integer>> byYear = new TreeMap<>();
        periods.forEach(
                p -> byYear.computeIfAbsent(p.year(), y -> new TreeSet<>()).add(p.month()));
        Map<Integer, List<Integer>> result = new LinkedHashMap<>();
        byYear.forEach((year, months) -> result.put(year, new ArrayList<>(months)));
        return result;
    }

    static List<String> codes(Set<UnitCode> units) {
        return units.stream().map(UnitCode::value).toList();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    static long requiredKey(KeyHolder key) {
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("the database returned no generated id");
        }
        return id.longValue();
    }

    /** Cuts a text to the column's length rather than refusing a whole import over a long label. */
    static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
