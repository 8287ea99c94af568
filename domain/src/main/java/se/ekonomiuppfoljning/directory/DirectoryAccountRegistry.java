package se.ekonomiuppfoljning.directory;

/**
 * Which portal accounts belong to the directory: created by a directory login and updated by every later one. A
 * local account (the administrator's, for when the directory is down) is never taken over by a directory login of
 * the same name.
 */
public interface DirectoryAccountRegistry {

    boolean isDirectoryAccount(String username);

    void markDirectoryAccount(String username);
}
