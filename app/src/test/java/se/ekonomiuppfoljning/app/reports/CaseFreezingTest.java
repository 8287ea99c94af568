package se.ekonomiuppfoljning.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.FigureChange;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * A sent case's documents are frozen: actuals re-imported through the importer after the case was sent change
 * neither its PDF nor its DOCX, while the case lists the moved figures. Uses its own unit (4700 under SBF) and
 * economist, so that the demo's figures and case stay as they are.
 */
@PortalTest
class CaseFreezingTest {

    private static final UnitCode UNIT = UnitCode.of("4700");
    private static final Period FEBRUARY = new Period(2026, 2);

    @Autowired
    LedgerImportService importer;

    @Autowired
    OrganisationImportService organisationImporter;

    @Autowired
    CaseFlowService cases;

    @Autowired
    CaseDocumentService caseDocuments;

    @Autowired
    TjansteskrivelseService documents;

    @Autowired
    UserAccountRepository users;

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void re_imported_actuals_after_sending_leave_the_documents_unchanged_and_show_as_changed_since_the_report() {
        as("controller", Role.EKONOM, () -> {
            organisationImporter.importOrganisation(
                    "lärkan.csv", csv("kod;namn;överordnad;nämnd\n4700;Förskola Lärkan;SBF;\n"));
            importer.importFile(
                    "budget-lärkan.csv",
                    ImportKind.BUDGET_CSV,
                    csv("ansvar;konto;period;belopp\n4700;5011;2026-01;50000\n4700;5011;2026-02;50000\n"));
            return importer.importFile(
                    "utfall-lärkan.csv",
                    ImportKind.ACTUALS_CSV,
                    csv("ansvar;konto;period;belopp\n4700;5011;2026-01;48000\n4700;5011;2026-02;40000\n"));
        });
        users.save(
                new UserAccount("larkanekonom", "Lisa Lärka", Set.of(Role.EKONOM), Set.of(UNIT), Set.of(), true),
                "{noop}x");

        ReportCase sent = as("larkanekonom", Role.EKONOM, () -> {
            ReportCase created =
                    cases.createNewVersion(UNIT, FEBRUARY, CaseDetails.blank().withCaseNumber("TN/2026:7"));
            return cases.send(created.id(), LocalDate.of(2026, 3, 10), created.version());
        });
        String pdfBefore = as(
                "larkanekonom",
                Role.EKONOM,
                () -> ReadBack.pdf(caseDocuments
                        .tjansteskrivelse(sent.id(), DocumentFormat.PDF)
                        .content()));
        String docxBefore = as(
                "larkanekonom",
                Role.EKONOM,
                () -> ReadBack.docx(caseDocuments
                        .tjansteskrivelse(sent.id(), DocumentFormat.DOCX)
                        .content()));
        assertThat(pdfBefore).contains("Redovisning februari40", "TN/2026:7");

        as(
                "controller",
                Role.EKONOM,
                () -> importer.importFile(
                        "utfall-lärkan-rättad.csv",
                        ImportKind.ACTUALS_CSV,
                        csv("ansvar;konto;period;belopp\n4700;5011;2026-02;65000\n")));

        as("larkanekonom", Role.EKONOM, () -> {
            assertThat(ReadBack.pdf(caseDocuments
                            .tjansteskrivelse(sent.id(), DocumentFormat.PDF)
                            .content()))
                    .isEqualTo(pdfBefore);
            assertThat(ReadBack.docx(caseDocuments
                            .tjansteskrivelse(sent.id(), DocumentFormat.DOCX)
                            .content()))
                    .isEqualTo(docxBefore);
            assertThat(ReadBack.pdf(documents
                            .render(UNIT, FEBRUARY, cases.get(sent.id()).details(), DocumentFormat.PDF)
                            .content()))
                    .contains("Redovisning februari65");
            List<FigureChange> changes = caseDocuments.changes(sent.id());
            assertThat(changes)
                    .extracting(FigureChange::unit, FigureChange::column)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("Förskola Lärkan", FigureChange.Column.MONTH_ACTUAL),
                            org.assertj.core.groups.Tuple.tuple("Förskola Lärkan", FigureChange.Column.YTD_ACTUAL));
            assertThat(changes)
                    .filteredOn(c -> c.column() == FigureChange.Column.MONTH_ACTUAL)
                    .allSatisfy(c -> {
                        assertThat(c.frozen()).isEqualByComparingTo("40000");
                        assertThat(c.current()).isEqualByComparingTo("65000");
                    });
            return null;
        });
    }
}
