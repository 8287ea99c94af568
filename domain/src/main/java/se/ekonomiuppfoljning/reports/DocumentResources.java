package se.ekonomiuppfoljning.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads a properties resource of the documents' fixed words (UTF-8) beside a class. */
public final class DocumentResources {

    private DocumentResources() {}

    /** The resource {@code name} beside {@code owner}; a missing or unreadable one is a build error. */
    public static Properties load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing");
            }
            Properties loaded = new Properties();
            loaded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("the resource " + name + " could not be read", e);
        }
    }
}
