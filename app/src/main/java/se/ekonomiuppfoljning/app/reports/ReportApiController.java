package se.ekonomiuppfoljning.app.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.RuleViolationException;
import se.ekonomiuppfoljning.organisation.UnitCode;
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

    @Operation(summary = "Tjänsteskrivelsen för en nod och period som PDF")
    @GetMapping(path = "/tjansteskrivelse.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam("unit") String unit, @RequestParam("period") String period,
                               @RequestParam(name = "diarienummer", required = false) @Nullable String caseNumber,
                               @RequestParam(name = "titel", required = false) @Nullable String title,
                               @RequestParam(name = "handlaggare", required = false) @Nullable String officer,
                               @RequestParam(name = "ansvarigChef", required = false) @Nullable String chief,
                               @RequestParam(name = "datum", required = false) @Nullable String date,
                               @RequestParam(name = "forslag", required = false) @Nullable String proposal) {
        return file(unit, period, new CaseDetails(caseNumber, title, officer, chief, date(date), proposal, null, null),
                DocumentFormat.PDF);
    }

    @Operation(summary = "Tjänsteskrivelsen för en nod och period som DOCX (Word)")
    @GetMapping(path = "/tjansteskrivelse.docx")
    ResponseEntity<byte[]> docx(@RequestParam("unit") String unit, @RequestParam("period") String period,
                                @RequestParam(name = "diarienummer", required = false) @Nullable String caseNumber,
                                @RequestParam(name = "titel", required = false) @Nullable String title,
                                @RequestParam(name = "handlaggare", required = false) @Nullable String officer,
                                @RequestParam(name = "ansvarigChef", required = false) @Nullable String chief,
                                @RequestParam(name = "datum", required = false) @Nullable String date,
                                @RequestParam(name = "forslag", required = false) @Nullable String proposal) {
        return file(unit, period, new CaseDetails(caseNumber, title, officer, chief, date(date), proposal, null, null),
                DocumentFormat.DOCX);
    }

    private ResponseEntity<byte[]> file(String unit, String period, CaseDetails details, DocumentFormat format) {
        RenderedDocument document = service.render(unit(unit), period(period), details, format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }

    /** A text the rules refuse (e.g. too long): 422 with the rule's Swedish message. */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Errors> refused(RuleViolationException e) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_JSON)
                .body(new Errors(List.of(new Error("", 0, "", e.getMessage()))));
    }

    record Error(String file, int line, String field, String message) {
    }

    record Errors(List<Error> errors) {
    }

    private static UnitCode unit(String code) {
        try {
            return UnitCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("enhetskoden \"" + code + "\" ska ha 1–20 tecken", e);
        }
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("perioden \"" + text + "\" ska skrivas ÅÅÅÅ-MM, till exempel 2026-02", e);
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("datumet \"" + text + "\" ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-03-02",
                    e);
        }
    }
}
