package se.ekonomiuppfoljning.app.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An Active Directory stand-in for {@link DirectoryLoginTest}: an UnboundID in-memory directory on 127.0.0.1,
 * loaded from {@code ldap/ad-katalog.ldif} without a schema (so AD's {@code sAMAccountName} and {@code memberOf}
 * need none), started before the application so that {@code uppfoljning.directory.ldap.urls} names it as an
 * operator's configuration would. Its port is fixed when it is made, so that a test can stop it (the directory down)
 * and start it again at the same address. The tests autowire it as the bean {@code testDirectory}.
 *
 * <p>The context it belongs to is a second one beside the shared {@code @PortalTest} context, and every context
 * makes its own Vaadin-aware holder the JVM's {@link SecurityContextHolder} strategy as it starts: when it closes, the
 * strategy it replaced is put back, so that the shared context's tests that log in through the holder find their
 * own again.
 */
public class TestDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BASE = "dc=exempelby,dc=se";
    /** The read-only service account's password (test only). */
    static final String MANAGER_PASSWORD = "Tjanst-Losen-5521";
    /** Every test person's directory password (test only). */
    static final String PASSWORD = "Katalog-Test-7734";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        InMemoryDirectoryServer server;
        try (InputStream ldif = new ClassPathResource("ldap/ad-katalog.ldif").getInputStream()) {
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = free.getLocalPort();
            }
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null);
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("test", InetAddress.getByName("127.0.0.1"), port, null));
            server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
        } catch (Exception e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
        TestPropertyValues.of("uppfoljning.directory.ldap.urls=ldap://127.0.0.1:" + server.getListenPort())
                .applyTo(context);
        context.getBeanFactory().registerSingleton("testDirectory", server);
        InMemoryDirectoryServer started = server;
        context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                started.shutDown(true);
                SecurityContextHolder.setContextHolderStrategy(before);
            }
        });
    }
}
