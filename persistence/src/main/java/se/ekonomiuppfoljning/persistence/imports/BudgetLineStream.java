package se.ekonomiuppfoljning.persistence.imports;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.persistence.bulk.TsvInputStream;

/**
 * Lines a line per month, as tab-separated rows in the order of {@link #COLUMNS} (unit, account, year, month,
 * amount). Compact lines ({@link AmountLines}) are written from their dictionaries without creating a line object
 * per row.
 */
final class BudgetLineStream extends TsvInputStream {

    static final List<String> COLUMNS = List.of("unit_code", "account_code", "period_year", "period_month", "amount");

    private final @Nullable AmountLines compact;
    private final Iterator<AmountLine> iterator;
    private byte[][] units = new byte[0][];
    private byte[][] accounts = new byte[0][];
    private byte[][] years = new byte[0][];
    private byte[][] months = new byte[0][];
    private int next;

    BudgetLineStream(Collection<AmountLine> rows) {
        this.compact = rows instanceof AmountLines lines ? lines : null;
        this.iterator = compact == null ? rows.iterator() : Collections.emptyIterator();
        if (compact != null) {
            units = compact.unitCodes().stream().map(u -> field(u.value())).toArray(byte[][]::new);
            accounts =
                    compact.accountCodes().stream().map(TsvInputStream::field).toArray(byte[][]::new);
            years = compact.periods().stream()
                    .map(p -> utf8(Integer.toString(p.year())))
                    .toArray(byte[][]::new);
            months = compact.periods().stream()
                    .map(p -> utf8(Integer.toString(p.month())))
                    .toArray(byte[][]::new);
        }
    }

    @Override
    protected boolean hasRow() {
        return compact != null ? next < compact.size() : iterator.hasNext();
    }

    @Override
    protected void writeRow() {
        AmountLines lines = compact;
        if (lines == null) {
            AmountLine line = iterator.next();
            putText(line.unit().value());
            putText(line.account());
            putText(Integer.toString(line.period().year()));
            putText(Integer.toString(line.period().month()));
            putAmount(line.amount());
            return;
        }
        int i = next++;
        put(units[lines.unitIndex(i)]);
        put(accounts[lines.accountIndex(i)]);
        put(years[lines.periodIndex(i)]);
        put(months[lines.periodIndex(i)]);
        if (lines.inOre(i)) {
            putOre(lines.ore(i));
        } else {
            putAmount(lines.amount(i));
        }
    }
}
