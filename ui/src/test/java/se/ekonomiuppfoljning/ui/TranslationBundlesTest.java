package se.ekonomiuppfoljning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.security.Role;

/** Every key the code asks for exists in every bundle, and the bundles hold the same keys. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation|title\\s*=)\\s*\\(?\\s*\"([a-zA-Z][\\w.]*\\w)\"");
    /** A {@code ColumnSet} column's header key: {@code .text("key", "header.key", ...)}. */
    private static final Pattern COLUMN_HEADER_IN_CODE = Pattern.compile(
            "\\.(?:text|amount|percent|date|dateTime|number)\\(\\s*\"[\\w-]+\",\\s*\"([a-zA-Z][\\w.]*\\w)\"");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("bundle translations%s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern pattern : List.of(KEY_IN_CODE, COLUMN_HEADER_IN_CODE)) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            keys.add("role." + role.name());
        }
        return keys;
    }

    @Test
    void the_code_finds_its_keys_in_every_bundle() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used)
                .as("keys found in the code")
                .hasSizeGreaterThan(40)
                .contains("followup.title", "nav.users", "case.changes.frozen", "templates.ownHeader");
        for (String suffix : new String[] {"", "_en"}) {
            assertThat(bundle(suffix).stringPropertyNames())
                    .as("translations%s", suffix)
                    .containsAll(used);
        }
    }

    @Test
    void the_bundles_hold_the_same_keys() throws IOException {
        Set<String> swedish = bundle("").stringPropertyNames();
        assertThat(bundle("_en").stringPropertyNames()).isEqualTo(swedish);
    }

    @Test
    void swedish_is_the_default_bundle_and_not_a_copy_of_it() {
        assertThat(TranslationBundlesTest.class.getResource("/vaadin-i18n/translations_sv.properties"))
                .isNull();
    }

    @Test
    void the_default_bundle_is_swedish() throws IOException {
        assertThat(bundle("").getProperty("nav.followup")).isEqualTo("Uppföljning");
        assertThat(bundle("").getProperty("login.error.title")).isEqualTo("Fel användarnamn eller lösenord");
    }
}
