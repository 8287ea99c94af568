package se.ekonomiuppfoljning.persistence.security;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.security.Language;
import se.ekonomiuppfoljning.security.UserLanguages;

/**
 * The users' languages in {@code app_user.language}. A user not stored, or a code this version does not know, reads
 * as the default language.
 */
@Repository
class JdbcUserLanguages implements UserLanguages {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcUserLanguages(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Language languageOf(String username) {
        List<String> codes = jdbc.queryForList(
                "SELECT language FROM app_user WHERE username = :username",
                new MapSqlParameterSource("username", username),
                String.class);
        return codes.stream().findFirst().flatMap(Language::ofCode).orElse(Language.DEFAULT);
    }

    @Override
    public void setLanguage(String username, Language language) {
        int updated = jdbc.update(
                "UPDATE app_user SET language = :language WHERE username = :username",
                new MapSqlParameterSource("username", username).addValue("language", language.code()));
        if (updated != 1) {
            throw new IllegalStateException("No stored user " + username + " to set the language of");
        }
    }
}
