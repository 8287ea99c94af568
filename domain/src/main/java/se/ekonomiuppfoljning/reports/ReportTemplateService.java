package se.ekonomiuppfoljning.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.KommunWideAccess;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The kommun's own texts of the documents: read them beside the defaults, replace one, or put its default back.
 * Administrators and economists read them; the texts are the whole kommun's (the KS and KF decision wording among
 * them), so only an administrator or an economist whose scope is the whole kommun changes them
 * ({@link KommunWideAccess}). Every change is written to the audit trail.
 */
public class ReportTemplateService {

    public static final String AUDIT_ENTITY = "REPORT_TEMPLATE";
    /** The placeholders a text may use; the documents fill them in. */
    public static final Set<String> PLACEHOLDERS = Placeholder.tokens();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

    private final ReportTemplateRepository templates;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ReportTemplateService(
            ReportTemplateRepository templates,
            OrganisationRepository organisations,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.templates = templates;
        this.organisations = organisations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every text by key, the kommun's own where it has one. */
    public List<TemplateText> texts() {
        requireEditor();
        ReportTemplate defaults = ReportTemplate.defaults();
        Map<String, String> own = templates.overrides();
        List<TemplateText> texts = new ArrayList<>();
        for (String key : defaults.keys()) {
            String text = own.get(key);
            texts.add(
                    new TemplateText(key, defaults.text(key), text == null ? defaults.text(key) : text, text != null));
        }
        return texts;
    }

    /** Whether the caller may change the texts (the page is read-only else). */
    public boolean mayEdit() {
        return KommunWideAccess.maySetKommunSettings(organisations.load(), currentUser.require());
    }

    /**
     * Sets the kommun's text for a key; a blank text, or the default itself, puts the default back. Refused: an
     * unknown key, a text over the length limit, a placeholder the documents do not fill in.
     */
    public TemplateText save(String key, @Nullable String text) {
        UserAccount user = KommunWideAccess.requireKommunSettings(
                organisations.load(), requireEditor(), "change the document template");
        ReportTemplate defaults = ReportTemplate.defaults();
        if (!defaults.keys().contains(key)) {
            throw new RuleViolationException(ReportProblem.TEMPLATE_KEY_UNKNOWN, key);
        }
        String cleaned = PlainText.clean(text, TextField.TEMPLATE_TEXT, PlainText.MAX_LENGTH);
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(cleaned);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(
                    ReportProblem.TEMPLATE_PLACEHOLDER_UNKNOWN,
                    String.join(", ", unknown),
                    "{" + String.join("}, {", PLACEHOLDERS.stream().sorted().toList()) + "}");
        }
        String before = templates.overrides().get(key);
        boolean reset = cleaned.isEmpty() || cleaned.equals(defaults.text(key));
        String after = reset ? null : cleaned;
        if (!Objects.equals(before, after)) {
            templates.saveOverride(key, after, user.username(), clock.instant());
            audit.record(new AuditEntry(user.username(), clock.instant(), AUDIT_ENTITY, key, before, after));
        }
        return new TemplateText(key, defaults.text(key), after == null ? defaults.text(key) : after, after != null);
    }

    private UserAccount requireEditor() {
        UserAccount user = currentUser.require();
        if (!user.enabled() || !(user.has(Role.ADMIN) || user.has(Role.EKONOM))) {
            throw new PermissionDeniedException(user.username(), "read the document template");
        }
        return user;
    }
}
