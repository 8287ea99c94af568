package se.ekonomiuppfoljning.app.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo's directory: an UnboundID in-memory LDAP server on 127.0.0.1 and a free port, loaded from
 * {@code demo/katalog.ldif}, started when the bean is made and stopped with the application. Nothing is kept: every
 * start is the file's directory again.
 */
public final class DemoDirectory implements DisposableBean {

    public static final String BASE = "dc=exempelby,dc=se";
    public static final String LDIF = "demo/katalog.ldif";

    private final InMemoryDirectoryServer server;

    private DemoDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** A started directory holding the LDIF's entries, listening on 127.0.0.1 only. */
    public static DemoDirectory start(String ldif) {
        try (InputStream in = new ClassPathResource(ldif).getInputStream()) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("demo", InetAddress.getByName("127.0.0.1"), 0, null));
            config.setAccessLogHandler(null);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(in));
            server.startListening();
            return new DemoDirectory(server);
        } catch (IOException | LDAPException e) {
            throw new IllegalStateException("The demo directory did not start from " + ldif, e);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    @Override
    public void destroy() {
        server.shutDown(true);
    }
}
