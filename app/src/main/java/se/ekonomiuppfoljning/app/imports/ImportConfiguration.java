package se.ekonomiuppfoljning.app.imports;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.util.unit.DataSize;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.imports.BudgetVersionService;
import se.ekonomiuppfoljning.imports.ImportHistoryService;
import se.ekonomiuppfoljning.imports.ImportRepository;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;

@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    /** The largest file an import reads ({@code uppfoljning.import.max-size}, e.g. 300MB); larger ones are refused. */
    @Bean
    LedgerImportService ledgerImportService(
            OrganisationRepository organisations,
            ImportRepository imports,
            CurrentUser currentUser,
            Clock clock,
            @Value("${uppfoljning.import.max-size:300MB}") DataSize maxSize) {
        return new LedgerImportService(organisations, imports, currentUser, clock, maxSize.toBytes());
    }

    @Bean
    OrganisationImportService organisationImportService(
            OrganisationRepository organisations, AuditLog audit, CurrentUser currentUser, Clock clock) {
        return new OrganisationImportService(organisations, audit, currentUser, clock);
    }

    @Bean
    ImportHistoryService importHistoryService(
            OrganisationRepository organisations,
            ImportRepository imports,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new ImportHistoryService(organisations, imports, audit, currentUser, clock);
    }

    @Bean
    BudgetVersionService budgetVersionService(
            OrganisationRepository organisations, ImportRepository imports, CurrentUser currentUser) {
        return new BudgetVersionService(organisations, imports, currentUser);
    }

    /**
     * Reading and saving a large file runs off the request thread so the import page can show its progress;
     * {@code uppfoljning.import.background=false} runs it in the caller's thread (the UI tests do).
     */
    @Bean
    TaskExecutor importExecutor(@Value("${uppfoljning.import.background:true}") boolean background) {
        if (!background) {
            return new SyncTaskExecutor();
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("import-");
        executor.initialize();
        return executor;
    }
}
