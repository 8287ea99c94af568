package se.ekonomiuppfoljning.security;

/** The port to the language each user has chosen. */
public interface UserLanguages {

    /** The user's language; {@link Language#DEFAULT} when they have chosen none (or are not stored). */
    Language languageOf(String username);

    /** Stores the user's language. */
    void setLanguage(String username, Language language);
}
