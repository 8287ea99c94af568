package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** The page shell: server push, so that long work (an import) can report its progress while it runs. */
@Push
public class PortalShell implements AppShellConfigurator {}
