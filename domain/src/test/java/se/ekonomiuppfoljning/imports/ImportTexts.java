package se.ekonomiuppfoljning.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import se.ekonomiuppfoljning.common.Problem;

/**
 * Words an import's problems in Swedish from the UI's bundle, as the pages and the API do ({@code ui.base.Problems}),
 * so that the domain's tests assert the text a user reads. The domain cannot see the UI module: the bundle is read
 * from its source file.
 */
public final class ImportTexts {

    private static final Path BUNDLE = Path.of("../ui/src/main/resources/vaadin-i18n/translations.properties");
    private static final Path ENGLISH = Path.of("../ui/src/main/resources/vaadin-i18n/translations_en.properties");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Properties SV = load(BUNDLE);
    private static final Properties EN = load(ENGLISH);

    private ImportTexts() {}

    /** The whole line, with the file, line and field, e.g. {@code utfall.csv, rad 2, fält "konto": …}. */
    public static String swedish(ImportProblem problem) {
        return text(problem.located(), SV, SWEDISH);
    }

    /** The problem's own sentence, without its place. */
    public static String message(ImportProblem problem) {
        return text(problem.problem(), SV, SWEDISH);
    }

    /** The first problem of a refused file, whole: what {@code getMessage()} said before problems were data. */
    public static String first(ImportException refused) {
        return swedish(refused.problems().get(0));
    }

    /**
     * Like {@code assertThatThrownBy}, but a refused file's message is its first problem worded in Swedish, as the
     * user reads it (an {@link ImportException}'s own message is for logs).
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertThatRefused(ThrowingCallable attempt) {
        Throwable thrown = Assertions.catchThrowable(attempt);
        return Assertions.assertThat(thrown instanceof ImportException refused ? new Worded(refused) : thrown);
    }

    /** The refusal as thrown, with its first problem in Swedish as its message. */
    private static final class Worded extends ImportException {
        private final String text;

        Worded(ImportException refused) {
            super(refused.problems());
            text = refused.problems().isEmpty() ? "" : first(refused);
        }

        @Override
        public String getMessage() {
            return text;
        }
    }

    public static String text(Problem problem) {
        return text(problem, SV, SWEDISH);
    }

    public static String english(Problem problem) {
        return text(problem, EN, Locale.ENGLISH);
    }

    /** Whether both bundles hold the key. */
    static boolean inBothBundles(String key) {
        return SV.containsKey(key) && EN.containsKey(key);
    }

    private static String text(Problem problem, Properties bundle, Locale locale) {
        String pattern = bundle.getProperty(problem.key());
        if (pattern == null) {
            return "!" + problem.key() + "!";
        }
        Object[] arguments = problem.argumentArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Problem inner) {
                arguments[i] = text(inner, bundle, locale);
            }
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
