package se.ekonomiuppfoljning.app.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.OwnAccountService;
import se.ekonomiuppfoljning.security.OwnSessions;
import se.ekonomiuppfoljning.security.SecurityAudit;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.security.UserLanguages;

@Configuration(proxyBeanMethods = false)
class UserAdministrationConfiguration {

    @Bean
    UserAdministrationService userAdministrationService(
            UserAccountRepository users,
            CurrentUser currentUser,
            SecurityAudit audit,
            Clock clock,
            PasswordEncoder passwordEncoder,
            OrganisationRepository organisation) {
        return new UserAdministrationService(users, currentUser, audit, clock, passwordEncoder::encode, organisation);
    }

    /** Every user's own account and language; transactional as every domain service. */
    @Bean
    OwnAccountService ownAccountService(
            CurrentUser currentUser,
            UserLanguages languages,
            AuditLog audit,
            Clock clock,
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            DirectoryAccountRegistry directoryAccounts,
            OwnSessions sessions) {
        return new OwnAccountService(
                currentUser,
                languages,
                audit,
                clock,
                users,
                passwordEncoder::encode,
                passwordEncoder::matches,
                directoryAccounts::isDirectoryAccount,
                sessions);
    }
}
