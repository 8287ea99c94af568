package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void capitals_and_surrounding_whitespace_of_every_kind_name_the_same_account() {
        assertThat(Usernames.canonical("OVERFORMYNDARE")).isEqualTo("overformyndare");
        assertThat(Usernames.canonical(" politiker")).isEqualTo("politiker");
        assertThat(Usernames.canonical("politiker\t")).isEqualTo("politiker");
        assertThat(Usernames.canonical("politiker\u00a0")).isEqualTo("politiker");
        assertThat(Usernames.canonical("\u2003politiker\u200b\n")).isEqualTo("politiker");
        assertThat(Usernames.sameAccount("Politiker", "politiker")).isTrue();
    }

    @Test
    void a_dotted_capital_i_does_not_pass_for_the_letter_i() {
        assertThat(Usernames.sameAccount("polit\u0130ker", "politiker")).isFalse();
        assertThat(Usernames.canonical("polit\u0130ker")).isNotEqualTo("politiker");
    }

    @Test
    void compatibility_forms_are_folded_but_whitespace_inside_a_name_is_kept() {
        assertThat(Usernames.canonical("\uff50olitiker")).isEqualTo("politiker");
        assertThat(Usernames.sameAccount("poli tiker", "politiker")).isFalse();
    }
}
