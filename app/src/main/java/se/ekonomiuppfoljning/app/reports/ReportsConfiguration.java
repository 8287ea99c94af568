package se.ekonomiuppfoljning.app.reports;

import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.briefing.BriefingService;
import se.ekonomiuppfoljning.briefing.BriefingVisitRepository;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.reports.DocumentRenderer;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.reports.ReportTemplateService;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseNumberService;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.MeetingAgendaService;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/** The reports' use cases and renderers as beans; transactions come from {@code DomainServiceTransactions}. */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    @Bean
    PdfDocumentRenderer pdfDocumentRenderer() {
        return new PdfDocumentRenderer();
    }

    @Bean
    DocxDocumentRenderer docxDocumentRenderer() {
        return new DocxDocumentRenderer();
    }

    @Bean
    ReportTemplateService reportTemplateService(
            ReportTemplateRepository templates,
            OrganisationRepository organisations,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new ReportTemplateService(templates, organisations, audit, currentUser, clock);
    }

    @Bean
    CaseFlowService caseFlowService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            CaseRepository cases,
            TjansteskrivelseService documents,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new CaseFlowService(organisations, figures, reports, cases, documents, audit, currentUser, clock);
    }

    @Bean
    CaseDecisionService caseDecisionService(
            OrganisationRepository organisations,
            CaseRepository cases,
            ReportTemplateRepository templates,
            ActionService actions,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new CaseDecisionService(organisations, cases, templates, actions, audit, currentUser, clock);
    }

    @Bean
    CaseDocumentService caseDocumentService(
            OrganisationRepository organisations,
            FigureRepository figures,
            CaseRepository cases,
            TjansteskrivelseService documents,
            ReportTemplateRepository templates,
            CurrentUser currentUser,
            Clock clock) {
        return new CaseDocumentService(organisations, figures, cases, documents, templates, currentUser, clock);
    }

    @Bean
    MeetingAgendaService meetingAgendaService(
            OrganisationRepository organisations,
            CaseRepository cases,
            QuestionService questions,
            ReportTemplateRepository templates,
            CurrentUser currentUser) {
        return new MeetingAgendaService(organisations, cases, questions, templates, currentUser);
    }

    @Bean
    BriefingService briefingService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ActionRepository actions,
            MeetingAgendaService agenda,
            CaseDocumentService documents,
            QuestionService questions,
            BriefingVisitRepository visits,
            CurrentUser currentUser,
            Clock clock) {
        return new BriefingService(
                organisations, figures, reports, actions, agenda, documents, questions, visits, currentUser, clock);
    }

    @Bean
    CaseNumberService caseNumberService(
            OrganisationRepository organisations,
            CaseRepository cases,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new CaseNumberService(organisations, cases, audit, currentUser, clock);
    }

    @Bean
    TjansteskrivelseService tjansteskrivelseService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ActionRepository actions,
            UserAccountRepository users,
            ReportTemplateRepository templates,
            CurrentUser currentUser,
            Clock clock,
            List<DocumentRenderer> renderers) {
        return new TjansteskrivelseService(
                organisations, figures, reports, actions, users, templates, currentUser, clock, renderers);
    }
}
