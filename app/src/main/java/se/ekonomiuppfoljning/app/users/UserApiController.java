package se.ekonomiuppfoljning.app.users;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ekonomiuppfoljning.app.base.ApiErrors;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.security.InvalidUserDataException;
import se.ekonomiuppfoljning.security.NewUser;
import se.ekonomiuppfoljning.security.SecurityProblem;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.security.UserChanges;
import se.ekonomiuppfoljning.security.Usernames;

/**
 * The HR system's API over the portal's users: list, read, create and change (name, e-mail, roles, units, committees,
 * enabled), in JSON. Everything goes through {@link UserAdministrationService}, so the checks and the audit trail are
 * the Användare page's: administrators only (anyone else 403), the last administrator keeps ADMIN, nobody gives
 * themselves rights. An administrator calls it with HTTP Basic, the HR system with a key made for user
 * administration ({@code Authorization: Bearer}), which opens this API and nothing else; an integration key is 403. A request that changes several things (rights and enabled) is one transaction: all or nothing.
 * Answers: 400 naming the field for bad input, 404 for an unknown user, 409 where a rule of user administration
 * refuses the change, in the API's error shape with Swedish messages and the problem's code.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

    private final UserAdministrationService users;
    private final TransactionTemplate transaction;

    UserApiController(UserAdministrationService users, PlatformTransactionManager transactions) {
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Operation(summary = "Alla användare med roller, enheter, nämnder och om de är aktiva (administratörer)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<UserJson> list() {
        return users.listUsers().stream().map(UserJson::of).toList();
    }

    @Operation(summary = "En användare (administratörer)")
    @GetMapping(path = "/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
    UserJson one(@PathVariable String username) {
        return UserJson.of(find(username));
    }

    @Operation(
            summary = "Skapa en lokal användare: username, name, password, roles, units, committees; email och"
                    + " enabled valfria (administratörer)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserJson> create(@RequestBody String text) {
        UserBody body = UserBody.read(text, UserBody.CREATE_FIELDS);
        NewUser user = new NewUser(
                body.requiredText("username"),
                body.requiredText("name"),
                body.optionalText("email"),
                body.requiredText("password"),
                body.roles("roles"),
                body.has("units") ? body.units("units") : Set.of(),
                body.has("committees") ? body.committees("committees") : Set.of());
        @Nullable Boolean enabled = body.optionalFlag("enabled");
        UserAccount created = Objects.requireNonNull(transaction.execute(status -> {
            UserAccount made = users.createUser(user);
            return Boolean.FALSE.equals(enabled) ? users.disable(made.username()) : made;
        }));
        return ResponseEntity.created(
                        URI.create("/api/v1/users/" + URLEncoder.encode(created.username(), StandardCharsets.UTF_8)))
                .body(UserJson.of(created));
    }

    @Operation(
            summary = "Ändra en användare: name, email, roles, units, committees och enabled; rättigheterna ersätts"
                    + " med de angivna (administratörer)")
    @PutMapping(
            path = "/{username}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    UserJson change(@PathVariable String username, @RequestBody String text) {
        UserBody body = UserBody.read(text, UserBody.CHANGE_FIELDS);
        UserChanges changes = new UserChanges(
                body.requiredText("name"),
                body.optionalText("email"),
                body.roles("roles"),
                body.units("units"),
                body.committees("committees"));
        @Nullable Boolean enabled = body.optionalFlag("enabled");
        return UserJson.of(Objects.requireNonNull(transaction.execute(status -> {
            UserAccount before = find(username);
            if (Boolean.TRUE.equals(enabled) && !before.enabled()) {
                users.enable(before.username());
            }
            UserAccount changed = users.changeUser(before.username(), changes);
            if (Boolean.FALSE.equals(enabled) && changed.enabled()) {
                changed = users.disable(changed.username());
            }
            return changed;
        })));
    }

    /** The user as the portal compares names; 404 when there is none. */
    private UserAccount find(String username) {
        return users.listUsers().stream()
                .filter(u -> Usernames.sameAccount(username, u.username()))
                .findFirst()
                .orElseThrow(() -> new InvalidUserDataException(SecurityProblem.USER_NOT_FOUND, username));
    }

    private static String fieldOf(SecurityProblem code) {
        return switch (code) {
            case EMAIL_INVALID -> "email";
            case USERNAME_INVALID, USERNAME_TAKEN -> "username";
            case PASSWORD_TOO_SHORT, PASSWORD_IS_USERNAME, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON -> "password";
            case DISPLAY_NAME_INVALID -> "name";
            case UNKNOWN_UNIT -> "units";
            case UNKNOWN_COMMITTEE -> "committees";
            case LAST_ADMINISTRATOR, OWN_RIGHTS, STARTUP_SCOPE_ONLY_AT_START -> "roles";
            case CANNOT_DISABLE_SELF -> "enabled";
            default -> "";
        };
    }

    /** Bad input 400, an unknown user 404, a rule of user administration that refuses 409. */
    private static HttpStatus statusOf(SecurityProblem code) {
        return switch (code) {
            case USER_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case EMAIL_INVALID,
                    USERNAME_INVALID,
                    PASSWORD_TOO_SHORT,
                    PASSWORD_IS_USERNAME,
                    PASSWORD_TOO_LONG,
                    PASSWORD_TOO_COMMON,
                    DISPLAY_NAME_INVALID,
                    UNKNOWN_UNIT,
                    UNKNOWN_COMMITTEE -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
    }

    @ExceptionHandler(UserApiException.class)
    ResponseEntity<ApiErrors> badRequest(UserApiException e) {
        return ResponseEntity.status(e.status()).body(ApiErrors.ofField(e.field(), e.code(), e.text()));
    }

    /** A rule of user administration refused: the field it concerns, 404 for an unknown user, 409 for a conflict. */
    @ExceptionHandler(InvalidUserDataException.class)
    ResponseEntity<ApiErrors> refused(InvalidUserDataException e) {
        Problem problem = e.problem();
        String field = "";
        HttpStatus status = HttpStatus.CONFLICT;
        if (problem.code() instanceof SecurityProblem code) {
            field = fieldOf(code);
            status = statusOf(code);
        }
        return ResponseEntity.status(status).body(ApiErrors.ofField(field, problem));
    }
}
