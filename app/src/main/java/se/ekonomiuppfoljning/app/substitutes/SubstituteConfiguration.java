package se.ekonomiuppfoljning.app.substitutes;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.substitutes.ActingAccounts;
import se.ekonomiuppfoljning.substitutes.OnBehalfAuditLog;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.substitutes.SubstitutionRepository;

@Configuration(proxyBeanMethods = false)
class SubstituteConfiguration {

    /** The account each caller acts with today; {@code SpringSecurityCurrentUser} applies it to every caller. */
    @Bean
    ActingAccounts actingAccounts(SubstitutionRepository substitutions, UserAccountRepository users, Clock clock) {
        return new ActingAccounts(substitutions, users, clock);
    }

    /**
     * The audit trail every service writes: the stored one ({@code JdbcAuditLog}), each entry about a unit its actor
     * reaches only as ersättare marked with the chief they act for.
     */
    @Bean
    @Primary
    AuditLog onBehalfAuditLog(
            @Qualifier("jdbcAuditLog") AuditLog stored, ActingAccounts accounts, OrganisationRepository organisation) {
        return new OnBehalfAuditLog(stored, accounts, organisation);
    }

    @Bean
    SubstituteService substituteService(
            SubstitutionRepository substitutions,
            UserAccountRepository users,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        return new SubstituteService(substitutions, users, currentUser, audit, clock);
    }
}
