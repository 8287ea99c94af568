package se.ekonomiuppfoljning.app.base;

/**
 * Work that must be done before the portal answers its first request (the first administrator, the demo data).
 * {@link BeforeServing} runs every such bean once, in {@code @Order}, each in a transaction, before the web server
 * opens its port.
 */
public interface StartupTask {

    void runBeforeServing();
}
