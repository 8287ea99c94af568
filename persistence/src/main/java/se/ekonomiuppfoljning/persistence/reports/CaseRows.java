package se.ekonomiuppfoljning.persistence.reports;

import static se.ekonomiuppfoljning.persistence.reports.SqlTime.instant;
import static se.ekonomiuppfoljning.persistence.reports.SqlTime.optionalInstant;
import static se.ekonomiuppfoljning.persistence.reports.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/**
 * A case as a row of {@code report_case}: its columns, the parameters that write them (a text not filled in is
 * stored empty) and the case read back from it, before its decisions are attached.
 */
final class CaseRows {

    static final String COLUMNS = """
            id, unit_code, period_year, period_month, case_number, title, officer, chief, case_date, proposal,
            for_knowledge, for_action, stage, au_meeting, ks_meeting, kf_meeting, frozen_at, created_by, created_at,
            updated_by, updated_at, version""";

    private CaseRows() {}

    static MapSqlParameterSource parameters(ReportCase c) {
        CaseDetails d = c.details();
        return new MapSqlParameterSource("unit", c.node().value())
                .addValue("year", c.period().year())
                .addValue("month", c.period().month())
                .addValue("caseNumber", text(d.caseNumber()))
                .addValue("title", text(d.title()))
                .addValue("officer", text(d.officer()))
                .addValue("chief", text(d.chief()))
                .addValue("caseDate", d.date())
                .addValue("proposal", text(d.proposal()))
                .addValue("forKnowledge", text(d.forKnowledge()))
                .addValue("forAction", text(d.forAction()))
                .addValue("stage", c.stage().name())
                .addValue("au", c.meetings().get(Organ.AU))
                .addValue("ks", c.meetings().get(Organ.KS))
                .addValue("kf", c.meetings().get(Organ.KF))
                .addValue("frozenAt", c.frozenAt() == null ? null : utc(c.frozenAt()))
                .addValue("createdBy", c.createdBy())
                .addValue("createdAt", utc(c.createdAt()))
                .addValue("updatedBy", c.updatedBy())
                .addValue("updatedAt", utc(c.updatedAt()))
                .addValue("version", c.version());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The case of the row, without its decisions (they are read apart). */
    static ReportCase row(ResultSet rs) throws SQLException {
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        for (Organ organ : Organ.values()) {
            LocalDate date = rs.getObject(organ.name().toLowerCase(Locale.ROOT) + "_meeting", LocalDate.class);
            if (date != null) {
                meetings.put(organ, date);
            }
        }
        return new ReportCase(
                rs.getLong("id"),
                UnitCode.of(rs.getString("unit_code")),
                new Period(rs.getInt("period_year"), rs.getInt("period_month")),
                new CaseDetails(
                        rs.getString("case_number"),
                        rs.getString("title"),
                        rs.getString("officer"),
                        rs.getString("chief"),
                        rs.getObject("case_date", LocalDate.class),
                        rs.getString("proposal"),
                        rs.getString("for_knowledge"),
                        rs.getString("for_action")),
                CaseStage.valueOf(rs.getString("stage")),
                meetings,
                List.of(),
                optionalInstant(rs, "frozen_at"),
                rs.getString("created_by"),
                instant(rs, rs.findColumn("created_at")),
                rs.getString("updated_by"),
                instant(rs, rs.findColumn("updated_at")),
                rs.getLong("version"));
    }

    /** The case with the given id and decisions, the rest as it is. */
    static ReportCase copy(ReportCase c, long id, List<Decision> decisions) {
        return new ReportCase(
                id,
                c.node(),
                c.period(),
                c.details(),
                c.stage(),
                c.meetings(),
                decisions,
                c.frozenAt(),
                c.createdBy(),
                c.createdAt(),
                c.updatedBy(),
                c.updatedAt(),
                c.version());
    }
}
