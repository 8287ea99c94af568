package se.ekonomiuppfoljning.imports.sie;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One field of a record: plain text (quotes and escapes removed) or an object list {@code {dim obj ...}}. */
record SieField(String text, @Nullable List<SieObject> objects) {

    static SieField text(String text) {
        return new SieField(text, null);
    }

    static SieField objectList(List<SieObject> objects) {
        return new SieField("", List.copyOf(objects));
    }

    boolean isObjectList() {
        return objects != null;
    }
}
