package se.ekonomiuppfoljning.app.base;

import java.util.List;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.NoRollbackRuleAttribute;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import se.ekonomiuppfoljning.security.WrongCurrentPasswordException;

/**
 * A transaction around every call of a domain service. The domain cannot carry {@code @Transactional}
 * (it has no Spring), so the boundary is declared here: every public method of a class named
 * {@code *Service} in a domain package runs in one transaction, and a runtime exception rolls it back, except a
 * {@link WrongCurrentPasswordException}: its audit entry (a wrong current password) is kept.
 */
@Configuration(proxyBeanMethods = false)
class DomainServiceTransactions {

    private static final String ROOT = "se.ekonomiuppfoljning.";

    static boolean isDomainService(Class<?> type) {
        String name = type.getName();
        return name.startsWith(ROOT)
                && !name.startsWith(ROOT + "ui.")
                && !name.startsWith(ROOT + "persistence.")
                && !name.startsWith(ROOT + "app.")
                && type.getSimpleName().endsWith("Service");
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor domainServiceTransactionAdvisor(BeanFactory beanFactory) {
        TransactionInterceptor interceptor = new TransactionInterceptor();
        RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
        attribute.setRollbackRules(List.of(
                new NoRollbackRuleAttribute(WrongCurrentPasswordException.class),
                new RollbackRuleAttribute(RuntimeException.class),
                new RollbackRuleAttribute(Error.class)));
        MatchAlwaysTransactionAttributeSource source = new MatchAlwaysTransactionAttributeSource();
        source.setTransactionAttribute(attribute);
        interceptor.setTransactionAttributeSource(source);
        interceptor.setBeanFactory(beanFactory);
        ClassFilter domainServices = DomainServiceTransactions::isDomainService;
        ComposablePointcut pointcut = new ComposablePointcut(domainServices);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, interceptor);
        advisor.setOrder(0);
        return advisor;
    }
}
