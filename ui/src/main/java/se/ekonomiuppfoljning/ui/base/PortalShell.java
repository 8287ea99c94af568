package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The page shell: server push, so that long work (an import) can report its progress while it runs. The server
 * pushes over the WebSocket, and the browser sends every message as an HTTP request ({@link Transport#WEBSOCKET_XHR}),
 * so each click passes the servlet filters: a session whose account was disabled or whose password was changed ends
 * at its next click, even while its WebSocket stays open.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
public class PortalShell implements AppShellConfigurator {}
