package se.ekonomiuppfoljning.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The organisation tree (who manages a unit, where it is listed) and the committee each unit reports to
 * (whose budget frame it counts in). Immutable; built whole and checked for unknown parents and cycles.
 */
public final class Organisation {

    private static final Comparator<Unit> SIBLING_ORDER =
            Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::code);

    private final Map<UnitCode, Unit> units = new LinkedHashMap<>();
    private final Map<CommitteeCode, Committee> committees = new LinkedHashMap<>();
    private final Map<UnitCode, List<Unit>> children = new LinkedHashMap<>();

    public Organisation(Collection<Committee> committees, Collection<Unit> units) {
        committees.forEach(c -> this.committees.put(c.code(), c));
        units.stream().sorted(SIBLING_ORDER).forEach(u -> this.units.put(u.code(), u));
        for (Unit unit : this.units.values()) {
            if (unit.parent() != null) {
                if (!this.units.containsKey(unit.parent())) {
                    throw new IllegalArgumentException(
                            "unit " + unit.code() + " has an unknown parent " + unit.parent());
                }
                children.computeIfAbsent(unit.parent(), k -> new ArrayList<>()).add(unit);
            }
            if (unit.committee() != null && !this.committees.containsKey(unit.committee())) {
                throw new IllegalArgumentException(
                        "unit " + unit.code() + " reports to an unknown committee " + unit.committee());
            }
            ancestors(unit.code()); // detects cycles
        }
        for (Committee committee : this.committees.values()) {
            if (committee.parent() != null && !this.committees.containsKey(committee.parent())) {
                throw new IllegalArgumentException(
                        "committee " + committee.code() + " has an unknown parent " + committee.parent());
            }
        }
    }

    public static Organisation empty() {
        return new Organisation(List.of(), List.of());
    }

    public Optional<Unit> unit(UnitCode code) {
        return Optional.ofNullable(units.get(code));
    }

    public Unit require(UnitCode code) {
        return unit(code).orElseThrow(() -> new UnknownUnitException(code));
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public Collection<Committee> committees() {
        return committees.values();
    }

    public Optional<Committee> committee(CommitteeCode code) {
        return Optional.ofNullable(committees.get(code));
    }

    public List<Unit> roots() {
        return units.values().stream().filter(u -> u.parent() == null).toList();
    }

    public List<Unit> children(UnitCode code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    public boolean hasChildren(UnitCode code) {
        return children.containsKey(code);
    }

    /** The unit and everything below it, parents before children. */
    public Set<UnitCode> subtree(UnitCode code) {
        Set<UnitCode> result = new LinkedHashSet<>();
        collect(require(code), result);
        return result;
    }

    private void collect(Unit unit, Set<UnitCode> into) {
        into.add(unit.code());
        for (Unit child : children.getOrDefault(unit.code(), List.of())) {
            collect(child, into);
        }
    }

    /** The path from the root down to and including the unit. */
    public List<Unit> ancestors(UnitCode code) {
        List<Unit> path = new ArrayList<>();
        Set<UnitCode> seen = new HashSet<>();
        @Nullable Unit current = require(code);
        while (current != null) {
            if (!seen.add(current.code())) {
                throw new IllegalArgumentException("the organisation has a cycle through unit " + current.code());
            }
            path.add(0, current);
            current = current.parent() == null ? null : units.get(current.parent());
        }
        return path;
    }

    public boolean isWithin(UnitCode unit, UnitCode ancestor) {
        return ancestors(unit).stream().anyMatch(u -> u.code().equals(ancestor));
    }

    /** The committee a unit reports to: its own, else the nearest ancestor's. */
    public Optional<CommitteeCode> committeeOf(UnitCode code) {
        for (Unit unit : reversed(ancestors(code))) {
            if (unit.committee() != null) {
                return Optional.of(unit.committee());
            }
        }
        return Optional.empty();
    }

    /** Whether the unit counts in the budget frame of {@code frame}: its committee is that one or below it. */
    public boolean countsInFrame(UnitCode unit, CommitteeCode frame) {
        Optional<CommitteeCode> own = committeeOf(unit);
        Set<CommitteeCode> seen = new HashSet<>();
        @Nullable CommitteeCode current = own.orElse(null);
        while (current != null && seen.add(current)) {
            if (current.equals(frame)) {
                return true;
            }
            Committee committee = committees.get(current);
            current = committee == null ? null : committee.parent();
        }
        return false;
    }

    /**
     * The topmost units that report to a committee: those whose parent reports elsewhere. A KS politician's
     * view starts at these (KLS, with everything listed under it).
     */
    public List<Unit> topmostReportingTo(CommitteeCode committee) {
        return units.values().stream()
                .filter(u -> committeeOf(u.code()).filter(committee::equals).isPresent())
                .filter(u -> u.parent() == null
                        || committeeOf(u.parent()).filter(committee::equals).isEmpty())
                .toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
