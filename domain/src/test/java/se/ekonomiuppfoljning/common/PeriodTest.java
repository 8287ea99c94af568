package se.ekonomiuppfoljning.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parses_iso_and_ledger_forms() {
        assertThat(Period.parse("2026-02")).isEqualTo(new Period(2026, 2));
        assertThat(Period.parse("202602")).isEqualTo(new Period(2026, 2));
        assertThat(new Period(2026, 2)).hasToString("2026-02");
    }

    @Test
    void refuses_what_is_not_a_month() {
        assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("februari")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previous_crosses_the_year() {
        assertThat(new Period(2026, 1).previous()).isEqualTo(new Period(2025, 12));
    }
}
