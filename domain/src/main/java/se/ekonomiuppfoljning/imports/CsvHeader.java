package se.ekonomiuppfoljning.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    static CsvHeader read(String fileName, BufferedReader reader, List<String> required) throws IOException {
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new ImportException(List.of(new ImportProblem(fileName, 0, "", "filen är tom")));
        }
        CsvHeader parsed =
                new CsvHeader(Arrays.stream(header.replace("\uFEFF", "").split(";", -1))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .toList());
        List<ImportProblem> missing = new ArrayList<>();
        for (String column : required) {
            if (parsed.index(column) < 0) {
                missing.add(new ImportProblem(fileName, 1, column, "kolumnen saknas i rubrikraden"));
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
