package se.ekonomiuppfoljning.imports.sie;

import se.ekonomiuppfoljning.common.Period;

/** Where an aggregated amount belongs: unit (dimension 1 object id), account and month. */
record AmountKey(String unit, String account, Period period) {}
