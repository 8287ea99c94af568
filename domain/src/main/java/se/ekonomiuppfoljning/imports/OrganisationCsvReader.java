package se.ekonomiuppfoljning.imports;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Reads the organisation CSV: UTF-8, {@code ;} (a name may be quoted and hold {@code ;}, quotes, line breaks), header
 * {@code kod;namn;överordnad;nämnd} and an optional {@code kortnamn} (used in total labels). {@code överordnad} is the parent's code, empty for a root;
 * {@code nämnd} empty means inherited from the parent. Units are listed in the file's order.
 */
public final class OrganisationCsvReader {

    private static final List<String> REQUIRED =
            List.of(ImportColumns.CODE, ImportColumns.NAME, ImportColumns.PARENT, ImportColumns.COMMITTEE);

    private OrganisationCsvReader() {}

    public static List<Unit> read(String fileName, Reader source) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Set<UnitCode> seen = new HashSet<>();
        CsvRows.read(fileName, source, REQUIRED, names -> (lineNo, fields) -> {
            String code = field(fields, names.index(ImportColumns.CODE));
            String name = field(fields, names.index(ImportColumns.NAME));
            String parent = field(fields, names.index(ImportColumns.PARENT));
            String committee = field(fields, names.index(ImportColumns.COMMITTEE));
            int shortNameIndex = names.index(ImportColumns.SHORT_NAME);
            String shortName = shortNameIndex < 0 ? "" : field(fields, shortNameIndex);
            Problem codeProblem = code.isEmpty() ? null : UnitCode.problem(code);
            Problem parentProblem = parent.isEmpty() ? null : UnitCode.problem(parent);
            Problem committeeProblem = committee.isEmpty() ? null : CommitteeCode.problem(committee);
            if (code.isEmpty()) {
                problems.add(new ImportProblem(
                        fileName, lineNo, ImportColumns.CODE, OrganisationImportProblem.CODE_MISSING));
            } else if (codeProblem != null) {
                problems.add(new ImportProblem(fileName, lineNo, ImportColumns.CODE, codeProblem));
            }
            if (parentProblem != null) {
                problems.add(new ImportProblem(fileName, lineNo, ImportColumns.PARENT, parentProblem));
            }
            if (committeeProblem != null) {
                problems.add(new ImportProblem(fileName, lineNo, ImportColumns.COMMITTEE, committeeProblem));
            }
            if (code.isEmpty() || codeProblem != null || parentProblem != null || committeeProblem != null) {
                return;
            }
            UnitCode unitCode = UnitCode.of(code);
            if (!seen.add(unitCode)) {
                problems.add(new ImportProblem(
                        fileName,
                        lineNo,
                        ImportColumns.CODE,
                        unitCode.value().equals(code)
                                ? Problem.of(OrganisationImportProblem.CODE_REPEATED, code)
                                : Problem.of(
                                        OrganisationImportProblem.CODE_REPEATED_IN_OTHER_CASE,
                                        code,
                                        unitCode.value())));
            }
            if (name.isEmpty()) {
                problems.add(new ImportProblem(
                        fileName, lineNo, ImportColumns.NAME, OrganisationImportProblem.NAME_MISSING, code));
            }
            units.add(new Unit(
                    unitCode,
                    name,
                    shortName.isEmpty() ? null : shortName,
                    parent.isEmpty() ? null : UnitCode.of(parent),
                    committee.isEmpty() ? null : CommitteeCode.of(committee),
                    lineNo - 1));
        });
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return units;
    }

    private static String field(String[] fields, int index) {
        return index >= 0 && index < fields.length ? fields[index].strip() : "";
    }
}
