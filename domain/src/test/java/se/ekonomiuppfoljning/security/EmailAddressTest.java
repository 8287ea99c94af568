package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ekonomiuppfoljning.common.Problem;

class EmailAddressTest {

    @Test
    void an_address_is_kept_as_typed_without_the_surrounding_spaces() {
        assertThat(EmailAddress.parse("  eva.lind@kommun.example ").value()).isEqualTo("eva.lind@kommun.example");
        assertThat(EmailAddress.parse("ekonomi+rapport@stad.kommun.se").value())
                .isEqualTo("ekonomi+rapport@stad.kommun.se");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "eva",
                "eva@",
                "@kommun.se",
                "eva@kommun",
                "eva lind@kommun.se",
                "eva@@kommun.se",
                "eva@kommun..se",
                ".eva@kommun.se",
                "eva.@kommun.se",
                "åsa@kommun.se",
                "eva@-kommun.se",
                "eva@kommun.se\r\nBcc: alla@kommun.se",
                "eva@kommun.se>"
            })
    void an_address_that_is_not_valid_is_refused_in_swedish(String typed) {
        assertThatThrownBy(() -> EmailAddress.parse(typed))
                .isInstanceOfSatisfying(
                        InvalidUserDataException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(SecurityProblem.EMAIL_INVALID, typed.strip())));
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        String label = "a".repeat(60);
        String address = "eva@" + String.join(".", label, label, label, label, label, "se");
        assertThat(address.length()).isGreaterThan(EmailAddress.MAX_LENGTH);
        assertThatThrownBy(() -> EmailAddress.parse(address)).isInstanceOf(InvalidUserDataException.class);
    }
}
