package se.ekonomiuppfoljning.app.base;

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
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * A transaction around every call of a domain service. The domain cannot carry {@code @Transactional}
 * (it has no Spring), so the boundary is declared here: every public method of a class named
 * {@code *Service} in a domain package runs in one transaction, and a runtime exception rolls it back.
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
        interceptor.setTransactionAttributeSource(new MatchAlwaysTransactionAttributeSource());
        interceptor.setBeanFactory(beanFactory);
        ClassFilter domainServices = DomainServiceTransactions::isDomainService;
        ComposablePointcut pointcut = new ComposablePointcut(domainServices);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, interceptor);
        advisor.setOrder(0);
        return advisor;
    }
}
