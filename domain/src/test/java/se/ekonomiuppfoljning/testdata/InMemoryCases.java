package se.ekonomiuppfoljning.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.FrozenReport;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/** The cases in maps; decisions are kept with their case and checked for a § used twice per organ and year. */
public final class InMemoryCases implements CaseRepository {

    private final Map<Long, ReportCase> cases = new LinkedHashMap<>();
    private final Map<Long, FrozenReport> frozen = new HashMap<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<String, Integer> numbering = new HashMap<>();
    private @Nullable String pattern;
    private long nextId = 1;

    @Override
    public Optional<ReportCase> find(long id) {
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public List<ReportCase> findByNodes(Collection<UnitCode> nodes) {
        return cases.values().stream()
                .filter(c -> nodes.contains(c.node()))
                .sorted(Comparator.comparing(ReportCase::period).reversed().thenComparing(ReportCase::id))
                .toList();
    }

    @Override
    public Optional<ReportCase> insertFirst(ReportCase c) {
        boolean exists = cases.values().stream()
                .anyMatch(
                        other -> other.node().equals(c.node()) && other.period().equals(c.period()));
        return exists ? Optional.empty() : Optional.of(insert(c));
    }

    @Override
    public ReportCase insert(ReportCase c) {
        ReportCase stored = new ReportCase(
                nextId++,
                c.node(),
                c.period(),
                c.details(),
                c.stage(),
                c.meetings(),
                c.decisions(),
                c.frozenAt(),
                c.createdBy(),
                c.createdAt(),
                c.updatedBy(),
                c.updatedAt(),
                c.version());
        cases.put(stored.id(), stored);
        return stored;
    }

    @Override
    public boolean update(ReportCase c, long expectedVersion) {
        ReportCase stored = cases.get(c.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        cases.put(c.id(), c);
        return true;
    }

    @Override
    public boolean addDecision(long caseId, Decision decision) {
        boolean taken = decisions.stream()
                .anyMatch(d -> d.organ() == decision.organ()
                        && d.date().getYear() == decision.date().getYear()
                        && d.paragraph() == decision.paragraph());
        if (taken) {
            return false;
        }
        decisions.add(decision);
        return true;
    }

    @Override
    public OptionalInt highestParagraph(se.ekonomiuppfoljning.reports.cases.Organ organ, int year) {
        return decisions.stream()
                .filter(d -> d.organ() == organ && d.date().getYear() == year)
                .mapToInt(Decision::paragraph)
                .max();
    }

    @Override
    public boolean replaceDecision(long caseId, Decision decision) {
        Decision stored = cases.get(caseId).decision(decision.organ()).orElseThrow();
        boolean taken = decisions.stream()
                .anyMatch(d -> d != stored
                        && d.organ() == decision.organ()
                        && d.date().getYear() == decision.date().getYear()
                        && d.paragraph() == decision.paragraph());
        if (taken) {
            return false;
        }
        decisions.removeIf(d ->
                d.organ() == stored.organ() && d.date().equals(stored.date()) && d.paragraph() == stored.paragraph());
        decisions.add(decision);
        return true;
    }

    @Override
    public OptionalInt nextParagraph(se.ekonomiuppfoljning.reports.cases.Organ organ, int year) {
        Integer next = numbering.get(organ + " " + year);
        return next == null ? OptionalInt.empty() : OptionalInt.of(next);
    }

    @Override
    public void saveNextParagraph(
            se.ekonomiuppfoljning.reports.cases.Organ organ, int year, int next, String username, Instant at) {
        numbering.put(organ + " " + year, next);
    }

    @Override
    public void saveFrozen(long caseId, FrozenReport report) {
        frozen.put(caseId, report);
    }

    @Override
    public Optional<FrozenReport> frozen(long caseId) {
        return Optional.ofNullable(frozen.get(caseId));
    }

    @Override
    public Optional<String> caseNumberPattern() {
        return Optional.ofNullable(pattern);
    }

    @Override
    public void saveCaseNumberPattern(@Nullable String value, String username, Instant at) {
        pattern = value;
    }
}
