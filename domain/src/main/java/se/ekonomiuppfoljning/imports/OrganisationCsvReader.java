package se.ekonomiuppfoljning.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Reads the organisation CSV: UTF-8, {@code ;}, header {@code kod;namn;överordnad;nämnd} and an optional
 * {@code kortnamn} (used in total labels). {@code överordnad} is the parent's code, empty for a root;
 * {@code nämnd} empty means inherited from the parent. Units are listed in the file's order.
 */
public final class OrganisationCsvReader {

    private static final List<String> REQUIRED = List.of("kod", "namn", "överordnad", "nämnd");

    private OrganisationCsvReader() {}

    public static List<Unit> read(String fileName, Reader source) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            CsvHeader names = CsvHeader.read(fileName, reader, REQUIRED);
            int shortNameIndex = names.index("kortnamn");
            Set<UnitCode> seen = new HashSet<>();
            String text;
            int lineNo = 1;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                String[] fields = text.split(";", -1);
                String code = field(fields, names.index("kod"));
                String name = field(fields, names.index("namn"));
                String parent = field(fields, names.index("överordnad"));
                String committee = field(fields, names.index("nämnd"));
                String shortName = shortNameIndex < 0 ? "" : field(fields, shortNameIndex);
                String codeProblem = code.isEmpty() ? "kod saknas" : UnitCode.problem(code);
                String parentProblem = parent.isEmpty() ? null : UnitCode.problem(parent);
                String committeeProblem = committee.isEmpty() ? null : CommitteeCode.problem(committee);
                if (codeProblem != null) {
                    problems.add(new ImportProblem(fileName, lineNo, "kod", codeProblem));
                }
                if (parentProblem != null) {
                    problems.add(new ImportProblem(fileName, lineNo, "överordnad", parentProblem));
                }
                if (committeeProblem != null) {
                    problems.add(new ImportProblem(fileName, lineNo, "nämnd", committeeProblem));
                }
                if (codeProblem != null || parentProblem != null || committeeProblem != null) {
                    continue;
                }
                UnitCode unitCode = UnitCode.of(code);
                if (!seen.add(unitCode)) {
                    problems.add(new ImportProblem(
                            fileName,
                            lineNo,
                            "kod",
                            "koden " + code
                                    + " finns redan på en tidigare rad"
                                    + (unitCode.value().equals(code)
                                            ? ""
                                            : " (stora och små bokstäver räknas lika: " + unitCode.value() + ")")));
                }
                if (name.isEmpty()) {
                    problems.add(new ImportProblem(fileName, lineNo, "namn", "namn saknas för " + code));
                }
                units.add(new Unit(
                        unitCode,
                        name,
                        shortName.isEmpty() ? null : shortName,
                        parent.isEmpty() ? null : UnitCode.of(parent),
                        committee.isEmpty() ? null : CommitteeCode.of(committee),
                        lineNo - 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return units;
    }

    private static String field(String[] fields, int index) {
        return index >= 0 && index < fields.length ? fields[index].strip() : "";
    }
}
