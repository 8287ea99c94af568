package se.ekonomiuppfoljning.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Reads budget or actual amounts from the first sheet of an Excel file (xlsx) with the same columns as the CSV
 * ({@code ansvar, konto, period, belopp} in the first row, any order). Numbers may be Excel numbers or text;
 * a period may be text (2026-02), a number (202602) or a date cell. Problems name the sheet's row number.
 */
public final class XlsxAmountReader {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private XlsxAmountReader() {
    }

    /** Whether the bytes start like an xlsx (a ZIP archive). */
    public static boolean looksLikeXlsx(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    public static AmountRows read(String fileName, InputStream in) {
        ZipSecureFile.setMinInflateRatio(0.005);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new ImportException(List.of(new ImportProblem(fileName, 0, "", "bladet är tomt")));
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                names.add(text(header.getCell(c)).toLowerCase(Locale.ROOT));
            }
            List<ImportProblem> problems = new ArrayList<>();
            int[] index = new int[AmountCsvReader.COLUMNS.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = names.indexOf(AmountCsvReader.COLUMNS.get(i));
                if (index[i] < 0) {
                    problems.add(new ImportProblem(fileName, header.getRowNum() + 1, AmountCsvReader.COLUMNS.get(i),
                            "kolumnen saknas i rubrikraden"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            List<AmountLine> lines = new ArrayList<>();
            Map<UnitCode, Integer> unitLines = new HashMap<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] fields = new String[names.size()];
                boolean blank = true;
                for (int c = 0; c < fields.length; c++) {
                    fields[c] = text(row.getCell(c));
                    blank &= fields[c].isBlank();
                }
                if (blank) {
                    continue;
                }
                AmountLine line = AmountCsvReader.parse(fileName, r + 1, fields, index, problems);
                if (line != null) {
                    lines.add(line);
                    unitLines.putIfAbsent(line.unit(), r + 1);
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            return new AmountRows(lines, unitLines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw new ImportException(List.of(new ImportProblem(fileName, 0, "",
                    "filen kunde inte läsas som Excel (xlsx): " + e.getMessage())));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? MONTH.format(cell.getLocalDateTimeCellValue())
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
