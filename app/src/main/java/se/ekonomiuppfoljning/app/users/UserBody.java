package se.ekonomiuppfoljning.app.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;

/**
 * A request body of the users API read field by field, so that a bad value is answered 400 naming its field in
 * Swedish: not JSON, an unknown field (a misspelt one would otherwise be dropped silently), a missing or mistyped
 * field, a role the portal does not have, a unit or committee code that cannot be one. Whether a code is in the
 * organisation, and every rule of user administration, is the service's to say.
 */
final class UserBody {

    static final Set<String> CREATE_FIELDS =
            Set.of("username", "name", "email", "password", "roles", "units", "committees", "enabled");
    static final Set<String> CHANGE_FIELDS = Set.of("name", "email", "roles", "units", "committees", "enabled");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode body;

    private UserBody(JsonNode body) {
        this.body = body;
    }

    /** The body as a JSON object with only the allowed fields. */
    static UserBody read(String text, Set<String> allowed) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw bad("", "innehållet är inte giltig JSON");
        }
        if (node == null || !node.isObject()) {
            throw bad("", "innehållet ska vara ett JSON-objekt, till exempel {\"name\":\"…\"}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw bad(
                        name,
                        "fältet \"" + shown(name) + "\" finns inte; tillåtna fält: "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new UserBody(node);
    }

    String requiredText(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw bad(field, "fältet \"" + field + "\" saknas");
        }
        return text;
    }

    /** A text, or null when the field is absent or null. */
    @Nullable
    String optionalText(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw bad(field, "fältet \"" + field + "\" ska vara en text");
        }
        return value.asText();
    }

    /** A yes or no, or null when the field is absent. */
    @Nullable
    Boolean optionalFlag(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw bad(field, "fältet \"" + field + "\" ska vara true eller false");
        }
        return value.asBoolean();
    }

    boolean has(String field) {
        JsonNode value = body.get(field);
        return value != null && !value.isNull();
    }

    Set<Role> roles(String field) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : texts(field)) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw bad(
                        field,
                        "rollen \"" + shown(name) + "\" finns inte; roller: "
                                + String.join(
                                        ", ",
                                        List.of(Role.values()).stream()
                                                .map(Role::name)
                                                .toList()));
            }
        }
        return roles;
    }

    Set<UnitCode> units(String field) {
        return codes(field, UnitCode::problem, UnitCode::of);
    }

    Set<CommitteeCode> committees(String field) {
        return codes(field, CommitteeCode::problem, CommitteeCode::of);
    }

    private <T> Set<T> codes(String field, Function<String, @Nullable Problem> problem, Function<String, T> code) {
        Set<T> codes = new HashSet<>();
        for (String text : texts(field)) {
            if (problem.apply(text) != null) {
                throw bad(field, "koden \"" + shown(text) + "\" i fältet \"" + field + "\" är ingen giltig kod");
            }
            codes.add(code.apply(text));
        }
        return codes;
    }

    /** A list of texts; a missing field is an error (rights are never taken away by leaving a field out). */
    private List<String> texts(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw bad(field, "fältet \"" + field + "\" saknas (en tom lista [] för inga)");
        }
        if (!value.isArray()) {
            throw bad(field, "fältet \"" + field + "\" ska vara en lista, till exempel [\"CHEF\"]");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw bad(field, "fältet \"" + field + "\" ska vara en lista av texter");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** A client's text as quoted in a message: at most 60 characters, no control characters. */
    private static String shown(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    static UserApiException bad(String field, String message) {
        return new UserApiException(400, field, "BAD_FIELD", message);
    }
}
