package se.ekonomiuppfoljning.app.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportProblem;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/**
 * The integration API for the nightly job: the ledger's files in, all-or-nothing. A refused file answers 422
 * with every problem and saves nothing; unknown unit codes are refused (import the organisation first).
 */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {

    private final LedgerImportService imports;
    private final OrganisationImportService organisationImports;

    ImportApiController(LedgerImportService imports, OrganisationImportService organisationImports) {
        this.imports = imports;
        this.organisationImports = organisationImports;
    }

    /** What an import saved: the periods (or budget year), the units it saved figures for, the rows, warnings. */
    record ImportSummary(
            long id,
            String file,
            String sha256,
            String kind,
            String periods,
            List<String> units,
            long rows,
            List<String> warnings) {}

    /** What an organisation import saved. */
    record OrganisationSummary(
            int units, int created, int updated, List<String> newCommittees, List<String> warnings) {}

    @Operation(
            summary = "Importera en SIE-fil (typ 1–4): utfall och budget",
            requestBody =
                    @RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/octet-stream")))
    @PostMapping(path = "/import/sie", consumes = MediaType.ALL_VALUE)
    ImportSummary sie(
            HttpServletRequest request, @RequestParam(name = "filnamn", defaultValue = "import.se") String fileName)
            throws IOException {
        return summary(ImportKind.SIE, fileName, request.getInputStream());
    }

    @Operation(
            summary = "Importera utfall som CSV (UTF-8, semikolon) eller Excel (xlsx): ansvar, konto, period, belopp")
    @PostMapping(path = "/import/actuals", consumes = MediaType.ALL_VALUE)
    ImportSummary actuals(
            HttpServletRequest request, @RequestParam(name = "filnamn", defaultValue = "utfall.csv") String fileName)
            throws IOException {
        return summary(ImportKind.ACTUALS_CSV, fileName, request.getInputStream());
    }

    @Operation(
            summary =
                    "Importera budget som CSV eller Excel (xlsx): ansvar, konto, period, belopp; årets budget för filens ansvar ersätts")
    @PostMapping(path = "/import/budget", consumes = MediaType.ALL_VALUE)
    ImportSummary budget(
            HttpServletRequest request, @RequestParam(name = "filnamn", defaultValue = "budget.csv") String fileName)
            throws IOException {
        return summary(ImportKind.BUDGET_CSV, fileName, request.getInputStream());
    }

    @Operation(summary = "Importera organisationen som CSV: kod;namn;överordnad;nämnd")
    @PostMapping(path = "/organisation", consumes = MediaType.ALL_VALUE)
    OrganisationSummary organisation(
            HttpServletRequest request,
            @RequestParam(name = "filnamn", defaultValue = "organisation.csv") String fileName)
            throws IOException {
        OrganisationImportService.OrganisationImportResult result =
                organisationImports.importOrganisation(fileName, request.getInputStream());
        return new OrganisationSummary(
                result.units(),
                result.created(),
                result.updated(),
                result.newCommittees(),
                result.warnings().stream().map(ImportApiController::swedish).toList());
    }

    /** A warning with its file, line and field, in Swedish as the API answers. */
    private static String swedish(ImportProblem warning) {
        return Problems.text(warning.located(), TranslationProvider.SWEDISH);
    }

    private ImportSummary summary(ImportKind kind, String fileName, InputStream body) {
        LedgerImportService.Imported imported = imports.importFile(fileName, kind, body);
        ImportRecord record = imported.record();
        return new ImportSummary(
                record.id(),
                record.fileName(),
                record.sha256(),
                record.kind().name(),
                record.periods(),
                imported.units().stream().map(UnitCode::value).toList(),
                record.rows(),
                imported.warnings().stream().map(ImportApiController::swedish).toList());
    }
}
