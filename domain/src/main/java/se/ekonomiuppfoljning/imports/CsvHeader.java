package se.ekonomiuppfoljning.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header row of a {@code ;}-separated file: column names in any order and case, a UTF-8 byte order mark
 * ignored. An empty file or missing required columns are refused, every missing column named.
 */
final class CsvHeader {

    private final List<String> names;

    private CsvHeader(List<String> names) {
        this.names = names;
    }

    /** The header from the file's first record; an empty file or a missing column is refused. */
    static CsvHeader of(String fileName, List<String> firstRecord, List<String> required) {
        if (firstRecord.stream().allMatch(String::isBlank)) {
            throw new ImportException(List.of(new ImportProblem(fileName, 0, "", ImportProblemCode.FILE_EMPTY)));
        }
        CsvHeader parsed = new CsvHeader(firstRecord.stream()
                .map(s -> s.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList());
        List<ImportProblem> missing = new ArrayList<>();
        for (String column : required) {
            if (parsed.index(column) < 0) {
                missing.add(new ImportProblem(fileName, 1, column, ImportProblemCode.COLUMN_MISSING));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException(missing);
        }
        return parsed;
    }

    /** The column's position, or −1 where the file has no such column. */
    int index(String column) {
        return names.indexOf(column);
    }

    int[] indexes(List<String> columns) {
        return columns.stream().mapToInt(this::index).toArray();
    }
}
