package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.ADMIN;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.ECONOMIST;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.IT_CHIEF;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.problem;

import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;

class CaseNumberServiceTest {

    private final CaseFixture fixture = new CaseFixture();
    private final CaseNumberService service = fixture.caseNumbers;

    @Test
    void an_administrator_sets_the_pattern_with_an_audit_entry_and_blank_removes_it() {
        fixture.caller.set(ADMIN);

        assertThat(service.saveCaseNumberPattern(" KS/\\d{4}:\\d+ ")).isEqualTo("KS/\\d{4}:\\d+");
        assertThat(service.caseNumberPattern()).isEqualTo("KS/\\d{4}:\\d+");
        assertThat(fixture.audit.entriesFor(CaseNumberService.AUDIT_PATTERN, "diarienummer"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("KS/\\d{4}:\\d+"));
        service.saveCaseNumberPattern("");
        assertThat(service.caseNumberPattern()).isEmpty();
        fixture.caller.set(ECONOMIST);
        assertThat(service.caseNumberPattern()).isEmpty();
    }

    @Test
    void an_invalid_pattern_is_refused_with_where_it_goes_wrong() {
        fixture.caller.set(ADMIN);

        assertThatThrownBy(() -> service.saveCaseNumberPattern("KS/(\\d"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(CaseProblem.PATTERN_INVALID);
                    assertThat(e.problem().arguments()).element(1).isEqualTo(7); // the JDK points past the end
                });
        assertThat(service.caseNumberPattern()).isEmpty();
    }

    @Test
    void anEconomistOfOneCommitteesUnitsCannotSetTheKommunsDiarienummerPatternAndAHostileOneIsRefused() {
        fixture.caller.set(ECONOMIST);
        assertThat(service.mayEditCaseNumberPattern()).isFalse();
        assertThatThrownBy(() -> service.saveCaseNumberPattern("KS/\\d{4}:\\d+"))
                .isInstanceOf(PermissionDeniedException.class);
        fixture.caller.set(IT_CHIEF);
        assertThatThrownBy(() -> service.saveCaseNumberPattern("")).isInstanceOf(PermissionDeniedException.class);
        fixture.caller.set(ADMIN);
        assertThat(service.mayEditCaseNumberPattern()).isTrue();
        assertThatThrownBy(() -> service.saveCaseNumberPattern("((a+)+)+$"))
                .isInstanceOfSatisfying(RuleViolationException.class, problem(CaseProblem.PATTERN_TOO_COMPLEX));
        assertThat(service.caseNumberPattern()).isEmpty();
    }
}
