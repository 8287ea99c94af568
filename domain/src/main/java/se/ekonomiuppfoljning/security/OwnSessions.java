package se.ekonomiuppfoljning.security;

/**
 * The port to the caller's login sessions: a changed password ends every other session of the user (other browsers,
 * a session someone else opened with the old password), as a disabled account's does, while the session that changed
 * it stays. Called inside the change's transaction, before it commits, so the session that changed it is never taken
 * for another.
 */
public interface OwnSessions {

    /** Nothing to keep: no sessions (tests of the rules alone). */
    OwnSessions NONE = (username, newPasswordHash) -> {};

    /** The caller's current session, if any, goes on with the new password; every other session of theirs ends. */
    void keepThisSessionOnly(String username, String newPasswordHash);
}
