package se.ekonomiuppfoljning.imports.sie;

import java.util.Comparator;

import se.ekonomiuppfoljning.common.Period;

/** Where an aggregated amount belongs: unit (dimension 1 object id), account and month. */
record AmountKey(String unit, String account, Period period) {

    static final Comparator<AmountKey> ORDER = Comparator.comparing(AmountKey::unit)
            .thenComparing(AmountKey::account).thenComparing(AmountKey::period);
}
