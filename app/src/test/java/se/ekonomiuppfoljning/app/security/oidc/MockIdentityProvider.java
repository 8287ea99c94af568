package se.ekonomiuppfoljning.app.security.oidc;

import java.net.InetAddress;
import java.net.UnknownHostException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The kommun's identity provider for the OIDC tests: mock-oauth2-server on 127.0.0.1 on a free port, started before
 * the portal, and the portal's client registration {@code kommun} pointed at its issuer exactly as an operator would
 * configure Entra ID (discovery from the issuer). The tests autowire it as the bean {@code mockOAuth2Server} and say
 * through {@link MockOAuth2Server#enqueueCallback} who logs in next.
 *
 * <p>The portal's security (Vaadin's configuration) makes its own context holder strategy the JVM-wide one when it
 * starts. This second portal in the test JVM hands that back once it has started: the shared test context's Karibu
 * tests log in through the JVM-wide holder, and this portal itself reads only its own strategy bean.
 */
class MockIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String ISSUER = "kommun";
    static final String CLIENT_ID = "ekonomiuppfoljning";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MockOAuth2Server server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        String registration = "spring.security.oauth2.client.registration.kommun.";
        TestPropertyValues.of(
                        registration + "client-id=" + CLIENT_ID,
                        // the mock provider takes any secret; a real one comes from the environment, never a file
                        registration + "client-secret=not-a-secret",
                        registration + "scope=openid,profile,email",
                        "spring.security.oauth2.client.provider.kommun.issuer-uri=" + server.issuerUrl(ISSUER))
                .applyTo(context);
        context.getBeanFactory().registerSingleton("mockOAuth2Server", server);
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        context.addApplicationListener(new ApplicationListener<ContextRefreshedEvent>() {
            @Override
            public void onApplicationEvent(ContextRefreshedEvent event) {
                SecurityContextHolder.setContextHolderStrategy(shared);
            }
        });
        context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                server.shutdown();
            }
        });
    }
}
