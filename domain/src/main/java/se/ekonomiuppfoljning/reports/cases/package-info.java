/**
 * The case (ärende) of a month's follow-up: created by an economist for a node and a period with the
 * tjänsteskrivelse's header fields, moved through its meetings (utkast → Allmänna utskottet → kommunstyrelsen →
 * kommunfullmäktige för kännedom → avslutat) with a decision and its § per meeting, frozen when it is sent to its
 * first meeting (the documents are rendered from the snapshot ever after), and the protokollsutdrag per decision.
 * The services split the work: {@link se.ekonomiuppfoljning.reports.cases.CaseFlowService} (create, edit, send),
 * {@link se.ekonomiuppfoljning.reports.cases.CaseDecisionService} (the organs' decisions),
 * {@link se.ekonomiuppfoljning.reports.cases.CaseDocumentService} (the documents and the changes since freezing),
 * {@link se.ekonomiuppfoljning.reports.cases.MeetingAgendaService} (the coming meetings) and
 * {@link se.ekonomiuppfoljning.reports.cases.CaseNumberService} (the kommun's diarienummer pattern); each checks
 * the caller's role and scope on every call.
 */
@NullMarked
package se.ekonomiuppfoljning.reports.cases;

import org.jspecify.annotations.NullMarked;
