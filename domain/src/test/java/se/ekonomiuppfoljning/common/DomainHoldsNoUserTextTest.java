package se.ekonomiuppfoljning.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain raises problems as data ({@link Problem}); the words are in the UI's bundles. This test reads every
 * string literal of the domain's main code and counts those that are Swedish text (a letter å, ä or ö, or a common
 * Swedish word). Files not yet moved to problem codes are listed with the count they had when the move began: the
 * count may only go down, and a file not listed may hold none.
 */
class DomainHoldsNoUserTextTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SWEDISH = Pattern.compile(
            "[åäöÅÄÖ]|\\b(?:och|att|inte|ska|kan|får|finns|saknas|eller|måste|för|som|till|med|ett|den|det|har|är"
                    + "|på|av|om|vid|enheten|raden|filen|kolumnen|ärendet|åtgärden)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Literals that are a file format or a fixed document term, not a message: the SIE and import layouts' own
     * words and the CSV's column names (other systems read them; they are not translated), and the field names of
     * the audit trail's stored before/after texts (stored for years and read back, e.g. by the four-eyes rule).
     */
    private static final Set<String> FORMAT_WORDS = Set.of(
            // the organisation file's columns (imports.ImportColumns)
            "överordnad",
            "nämnd",
            // the SIE format's name of a #RAR's and #RES's first field
            "årsnr",
            // the follow-up CSV's columns (followup.FollowUpCsv.HEADERS): other systems read them
            "budget månad",
            "redovisning månad",
            "avvikelse månad",
            "% av budget månad",
            "årsbudget",
            "% av budget t o m",
            "ingår i totalen",
            "helårsprognos",
            "prognos delvis förslag",
            // the product's name, the creator of an exported workbook
            "Ekonomiuppföljning",
            // the audit trail's stored before/after field names (stored for years and read back)
            "\\nbeslutsnivå=",
            "tillstånd=",
            "\\nverksamhetsuppföljning=",
            "fråga=",
            "; nämnder=");

    /** Files still holding Swedish messages, with their count when problem codes came: only ever lower these. */
    private static final Map<String, Integer> NOT_YET_MOVED = Map.ofEntries(
            Map.entry("se/ekonomiuppfoljning/imports/ImportHistoryService.java", 2),
            Map.entry("se/ekonomiuppfoljning/imports/OrganisationImportService.java", 5));

    static Map<String, Integer> swedishLiterals() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int count = 0;
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                        continue;
                    }
                    Matcher literal = LITERAL.matcher(code);
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (SWEDISH.matcher(text).find() && !FORMAT_WORDS.contains(text)) {
                            count++;
                        }
                    }
                }
                if (count > 0) {
                    counts.put(MAIN.relativize(file).toString().replace('\\', '/'), count);
                }
            }
        }
        return counts;
    }

    @Test
    void no_domain_file_holds_more_swedish_text_than_before_the_move_to_problem_codes() throws IOException {
        Map<String, Integer> found = swedishLiterals();
        for (Map.Entry<String, Integer> file : found.entrySet()) {
            assertThat(file.getValue())
                    .as("Swedish string literals in %s: raise a ProblemCode instead", file.getKey())
                    .isLessThanOrEqualTo(NOT_YET_MOVED.getOrDefault(file.getKey(), 0));
        }
    }

    @Test
    void the_detector_finds_swedish_and_passes_code_words() {
        assertThat(SWEDISH.matcher("Raden saknas").find()).isTrue();
        assertThat(SWEDISH.matcher("Ärende").find()).isTrue();
        assertThat(SWEDISH.matcher("unknown unit").find()).isFalse();
        assertThat(SWEDISH.matcher("#KONTO").find()).isFalse();
    }

    @Test
    void the_shared_core_holds_no_swedish_text() throws IOException {
        assertThat(swedishLiterals().keySet()).noneMatch(file -> file.startsWith("se/ekonomiuppfoljning/common/"));
    }
}
