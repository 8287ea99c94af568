package se.ekonomiuppfoljning.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.directory.DirectoryLoginService;
import se.ekonomiuppfoljning.directory.GroupMappingService;
import se.ekonomiuppfoljning.directory.GroupMappings;
import se.ekonomiuppfoljning.directory.IdentityBindings;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.SecurityAudit;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The directory login's services: the administrator's group mapping, and the account each directory login creates or
 * updates. A directory account's stored password is the hash of 32 random bytes nobody knows, so it can be used only
 * through the directory.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    GroupMappingService groupMappingService(
            GroupMappings mappings,
            OrganisationRepository organisation,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        return new GroupMappingService(mappings, organisation, currentUser, audit, clock);
    }

    @Bean
    DirectoryLoginService directoryLoginService(
            UserAccountRepository users,
            DirectoryAccountRegistry registry,
            IdentityBindings bindings,
            GroupMappings mappings,
            SecurityAudit audit,
            Clock clock,
            PasswordEncoder passwordEncoder) {
        byte[] nobodyKnows = new byte[32];
        new SecureRandom().nextBytes(nobodyKnows);
        return new DirectoryLoginService(
                users,
                registry,
                bindings,
                mappings,
                audit,
                clock,
                passwordEncoder.encode(HexFormat.of().formatHex(nobodyKnows)));
    }
}
