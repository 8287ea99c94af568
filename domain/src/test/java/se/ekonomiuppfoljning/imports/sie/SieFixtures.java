package se.ekonomiuppfoljning.imports.sie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jspecify.annotations.Nullable;

/** Finds {@code shared/fixtures/sie} by walking up from the working directory; the files are never copied. */
public final class SieFixtures {

    private SieFixtures() {}

    public static @Nullable Path directory() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("fixtures").resolve("sie");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }
}
