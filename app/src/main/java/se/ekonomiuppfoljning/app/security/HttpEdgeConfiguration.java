package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's answers at the HTTP edge, for pages and API alike: relative redirects, refused addresses, the
 * Swedish error pages.
 */
@Configuration
class HttpEdgeConfiguration {

    /** Before every other filter (Spring Security's included), so its redirects pass through it. */
    @Bean
    FilterRegistrationBean<RelativeRedirects> relativeRedirects() {
        FilterRegistrationBean<RelativeRedirects> registration = new FilterRegistrationBean<>(new RelativeRedirects());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    /** Found by Spring Security's {@code WebSecurity} and given to its firewall's filter. */
    @Bean
    RequestRejectedHandler rejectedRequests() {
        return new RejectedRequests();
    }

    /** Every error page a browser is shown is the portal's own, in Swedish (the JSON answer stays Spring Boot's). */
    @Bean
    ErrorViewResolver portalErrorPages() {
        return (request, status, model) -> {
            ModelAndView page = new ModelAndView(new PortalErrorPage(status.value()));
            page.setStatus(status);
            return page;
        };
    }
}
