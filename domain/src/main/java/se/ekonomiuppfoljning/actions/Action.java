package se.ekonomiuppfoljning.actions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditText;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * An åtgärd for a unit's negative deviation. It is raised in a period and follows the unit from month to month
 * until it is done or cancelled.
 *
 * @param id      0 before it is stored
 * @param period  the period it was raised in (its decision level is proposed from that period's forecast)
 * @param version 1 when created; every stored change adds one (optimistic locking)
 */
public record Action(
        long id,
        UnitCode unit,
        Period period,
        String what,
        String cause,
        String responsible,
        LocalDate dueDate,
        BigDecimal expectedEffect,
        DecisionLevel decisionLevel,
        ActionStatus status,
        @Nullable DecisionReference decision,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public Action withId(long newId) {
        return new Action(
                newId,
                unit,
                period,
                what,
                cause,
                responsible,
                dueDate,
                expectedEffect,
                decisionLevel,
                status,
                decision,
                createdBy,
                createdAt,
                updatedBy,
                updatedAt,
                version);
    }

    /**
     * Why the action is overdue on {@code today} (empty when it is not, and always for a closed action): its due
     * date has passed; or it is political and still only proposed more than {@code politicalDecisionDays} days
     * after it was created (the day of creation counted in {@code zone}).
     */
    public Set<OverdueReason> overdueReasons(LocalDate today, int politicalDecisionDays, ZoneId zone) {
        Set<OverdueReason> reasons = EnumSet.noneOf(OverdueReason.class);
        if (status.closed()) {
            return reasons;
        }
        if (dueDate.isBefore(today)) {
            reasons.add(OverdueReason.PAST_DUE_DATE);
        }
        LocalDate created = LocalDate.ofInstant(createdAt, zone);
        if (decisionLevel == DecisionLevel.POLITISK_NIVA
                && !status.decided()
                && created.plusDays(politicalDecisionDays).isBefore(today)) {
            reasons.add(OverdueReason.NOT_DECIDED_IN_TIME);
        }
        return reasons;
    }

    /** A stable text of the action's content, for the audit trail. */
    public String describe() {
        return AuditText.of(
                ActionAuditFields.FIELDS,
                unit,
                period,
                what,
                cause,
                responsible,
                dueDate,
                expectedEffect.toPlainString(),
                decisionLevel,
                status,
                decision);
    }
}
