package se.ekonomiuppfoljning.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;

@PortalTest
class DomainServiceTransactionsTest {

    @Autowired
    FollowUpService followUpService;

    @Autowired
    UserAdministrationService userAdministrationService;

    @Autowired
    se.ekonomiuppfoljning.cycle.MonthlyReportService monthlyReportService;

    @Autowired
    se.ekonomiuppfoljning.actions.ActionService actionService;

    @Autowired
    se.ekonomiuppfoljning.imports.LedgerImportService importService;

    @Autowired
    se.ekonomiuppfoljning.cycle.QuestionService questionService;

    @Autowired
    se.ekonomiuppfoljning.cycle.DeadlineService deadlineService;

    @Autowired
    se.ekonomiuppfoljning.reminders.ReminderService reminderService;

    @Test
    void domain_services_are_wrapped_in_transactions_and_nothing_else_is() {
        assertThat(AopUtils.isAopProxy(followUpService)).isTrue();
        assertThat(AopUtils.isAopProxy(userAdministrationService)).isTrue();
        assertThat(AopUtils.isAopProxy(monthlyReportService)).isTrue();
        assertThat(AopUtils.isAopProxy(actionService)).isTrue();
        assertThat(AopUtils.isAopProxy(importService)).isTrue();
        assertThat(AopUtils.isAopProxy(questionService)).isTrue();
        assertThat(AopUtils.isAopProxy(deadlineService)).isTrue();
        assertThat(AopUtils.isAopProxy(reminderService)).isTrue();
        assertThat(DomainServiceTransactions.isDomainService(FollowUpService.class))
                .isTrue();
        assertThat(DomainServiceTransactions.isDomainService(FollowUpView.class))
                .isFalse();
        assertThat(DomainServiceTransactions.isDomainService(DomainServiceTransactions.class))
                .isFalse();
    }
}
