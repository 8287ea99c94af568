package se.ekonomiuppfoljning.app.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import se.ekonomiuppfoljning.app.security.oidc.OidcLogin;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.ui.security.LoginView;

/**
 * Form login against the users in the database (bcrypt), Vaadin's view access control by
 * {@code @RolesAllowed}/{@code @PermitAll} through {@link VaadinSecurityConfigurer}, and anonymous visitors sent
 * to the Swedish login page. Data access is not decided here: the domain services check the caller's scope on
 * every read. Passwords are checked by {@link PortalAuthenticationProvider} (the one provider, so both chains use
 * it), and {@link LoginGuardFilter} runs before both chains (security headers); {@link LoginForm} refuses a login
 * form from another site and sends a failed or throttled login back to the login page. {@link EndedAccountFilter}
 * ends the session of a user who was disabled or lost every role since they logged in, at their next request.
 * Where the kommun's identity provider is configured, {@link OidcLogin} adds the login through it (OpenID Connect)
 * beside the form, and its logout answer, which also ends the provider's session.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain vaadinSecurity(
            HttpSecurity http,
            UserAccountRepository users,
            ObjectProvider<SecurityContextHolderStrategy> strategy,
            OidcLogin oidc,
            PasswordStamps stamps)
            throws Exception {
        http.addFilterAfter(new EndedAccountFilter(users, strategy, stamps), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            oidc.logoutSuccessHandler().ifPresent(vaadin::logoutSuccessHandler);
        });
        LoginForm form = new LoginForm();
        http.formLogin(login -> login.authenticationDetailsSource(form).failureHandler(form));
        oidc.configure(http);
        return http.build();
    }

    /** Before Spring Security's filter, so that every answer, refusals too, carries the security headers. */
    @Bean
    FilterRegistrationBean<LoginGuardFilter> loginGuardFilter() {
        FilterRegistrationBean<LoginGuardFilter> registration = new FilterRegistrationBean<>(new LoginGuardFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
