package se.ekonomiuppfoljning.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.security.Language;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.security.UserLanguages;

@PersistenceTest
class JdbcUserLanguagesTest {

    @Autowired
    UserLanguages languages;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    private void store(String username) {
        users.save(new UserAccount(username, username, Set.of(Role.CHEF), Set.of(), Set.of(), true), "{bcrypt}h");
    }

    @Test
    void a_new_user_speaks_swedish_until_they_choose_english() {
        store("eva");
        store("olle");
        assertThat(languages.languageOf("eva")).isEqualTo(Language.SV);

        languages.setLanguage("eva", Language.EN);

        assertThat(languages.languageOf("eva")).isEqualTo(Language.EN);
        assertThat(languages.languageOf("olle")).isEqualTo(Language.SV);
        assertThat(jdbc.queryForObject("SELECT language FROM app_user WHERE username = 'eva'", String.class))
                .isEqualTo("en");
    }

    @Test
    void saving_the_account_again_keeps_the_chosen_language() {
        store("eva");
        languages.setLanguage("eva", Language.EN);

        users.save(new UserAccount("eva", "Eva Lind", Set.of(Role.EKONOM), Set.of(), Set.of(), true), "{bcrypt}h");

        assertThat(languages.languageOf("eva")).isEqualTo(Language.EN);
    }

    @Test
    void an_unknown_user_or_stored_code_reads_as_swedish_and_an_unknown_user_gets_none() {
        store("eva");
        jdbc.update("UPDATE app_user SET language = 'xx' WHERE username = 'eva'");

        assertThat(languages.languageOf("eva")).isEqualTo(Language.SV);
        assertThat(languages.languageOf("nobody")).isEqualTo(Language.SV);
        assertThatThrownBy(() -> languages.setLanguage("nobody", Language.EN))
                .hasMessageContaining("No stored user nobody");
    }
}
