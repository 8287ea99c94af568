package se.ekonomiuppfoljning.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a chief or economist writes in an action.
 *
 * @param expectedEffect the expected effect on this year's result, in kronor
 * @param decisionLevel  null: the proposed level on creation, the current level on update
 * @param status         null: {@link ActionStatus#FORESLAGEN} on creation, the current status on update
 * @param decision       for political actions that are decided: organ, date and §
 */
public record ActionDraft(
        String what,
        String cause,
        String responsible,
        LocalDate dueDate,
        BigDecimal expectedEffect,
        @Nullable DecisionLevel decisionLevel,
        @Nullable ActionStatus status,
        @Nullable DecisionReference decision) {}
