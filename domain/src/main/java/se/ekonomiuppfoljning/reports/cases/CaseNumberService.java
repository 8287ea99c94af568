package se.ekonomiuppfoljning.reports.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.KommunWideAccess;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The kommun's diarienummer pattern, which new and changed case numbers must match: anyone logged in reads it; only
 * an administrator or an economist whose scope is the whole kommun sets it ({@link KommunWideAccess}). Every change
 * is audited.
 */
public class CaseNumberService {

    public static final String AUDIT_PATTERN = "CASE_NUMBER_PATTERN";

    private final OrganisationRepository organisations;
    private final CaseRepository cases;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CaseNumberService(
            OrganisationRepository organisations,
            CaseRepository cases,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.cases = cases;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The kommun's diarienummer pattern (a regular expression); empty when none is set. */
    public String caseNumberPattern() {
        currentUser.require();
        return cases.caseNumberPattern().orElse("");
    }

    /**
     * Whether the caller may set the diarienummer pattern, a kommun-wide setting: an administrator or an economist
     * whose scope is the whole kommun. The page shows the pattern read-only to others.
     */
    public boolean mayEditCaseNumberPattern() {
        return KommunWideAccess.maySetKommunSettings(organisations.load(), currentUser.require());
    }

    /**
     * Sets the diarienummer pattern that new and changed case numbers must match (a Java regular expression over
     * the whole number, e.g. {@code KS/\d{4}:\d+}, matched within a budget: {@link CaseNumberPattern}); blank
     * removes it. A kommun-wide setting: administrators and whole-kommun economists only.
     */
    public String saveCaseNumberPattern(@Nullable String pattern) {
        UserAccount user = KommunWideAccess.requireKommunSettings(
                organisations.load(), currentUser.require(), "set the case number pattern");
        String cleaned = PlainText.clean(pattern, TextField.CASE_NUMBER_PATTERN, CaseNumberPattern.MAX_PATTERN_LENGTH);
        if (!cleaned.isEmpty()) {
            CaseNumberPattern.checkedForSaving(cleaned);
        }
        String before = cases.caseNumberPattern().orElse(null);
        String after = cleaned.isEmpty() ? null : cleaned;
        if (!Objects.equals(before, after)) {
            Instant now = clock.instant();
            cases.saveCaseNumberPattern(after, user.username(), now);
            audit.record(new AuditEntry(user.username(), now, AUDIT_PATTERN, "diarienummer", before, after));
        }
        return cleaned;
    }
}
