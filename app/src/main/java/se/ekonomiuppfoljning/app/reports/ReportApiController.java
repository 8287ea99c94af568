package se.ekonomiuppfoljning.app.reports;

import static se.ekonomiuppfoljning.app.base.ApiParameters.date;
import static se.ekonomiuppfoljning.app.base.ApiParameters.period;
import static se.ekonomiuppfoljning.app.base.ApiParameters.unit;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;

/**
 * The tjänsteskrivelse of a node for a period as PDF or DOCX, for other systems; the same scope rules as the page
 * (the caller must have the node in scope). The header fields are optional parameters; missing ones take the
 * defaults (today's date, the caller as handläggare, the template's texts).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final TjansteskrivelseService service;

    ReportApiController(TjansteskrivelseService service) {
        this.service = service;
    }

    @Operation(summary = "Tjänsteskrivelsen för en nod och period som PDF (.pdf) eller DOCX för Word (.docx)")
    @GetMapping(path = "/tjansteskrivelse.{format:pdf|docx}")
    ResponseEntity<byte[]> document(
            @PathVariable("format") String format,
            @RequestParam("unit") String unit,
            @RequestParam("period") String period,
            @RequestParam(name = "diarienummer", required = false) @Nullable String caseNumber,
            @RequestParam(name = "titel", required = false) @Nullable String title,
            @RequestParam(name = "handlaggare", required = false) @Nullable String officer,
            @RequestParam(name = "ansvarigChef", required = false) @Nullable String chief,
            @RequestParam(name = "datum", required = false) @Nullable String date,
            @RequestParam(name = "forslag", required = false) @Nullable String proposal) {
        return file(
                unit,
                period,
                new CaseDetails(caseNumber, title, officer, chief, date(date), proposal, null, null),
                "pdf".equals(format) ? DocumentFormat.PDF : DocumentFormat.DOCX);
    }

    private ResponseEntity<byte[]> file(String unit, String period, CaseDetails details, DocumentFormat format) {
        RenderedDocument document = service.render(unit(unit), period(period), details, format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(document.content());
    }
}
