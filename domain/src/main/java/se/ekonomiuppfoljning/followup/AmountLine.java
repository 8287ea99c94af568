package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** One amount of the ledger: a unit's net on one account in one month, in kronor (costs +, revenue −). */
public record AmountLine(UnitCode unit, String account, Period period, BigDecimal amount) {}
