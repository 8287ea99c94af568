package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.imports.KommunIdentity;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/** The kommun's identity ({@link KommunIdentityTable}). */
@PersistenceTest
class KommunIdentityTableTest extends ImportTestSupport {

    private KommunIdentityTable kommun;

    @BeforeEach
    void theTable() {
        kommun = new KommunIdentityTable(namedJdbc);
    }

    @Test
    void the_kommun_identity_is_stored_once_and_can_be_corrected() {
        assertThat(kommun.kommun()).isEmpty();

        kommun.save(new KommunIdentity("Exempelby kommun", "212000-9994"));
        kommun.save(new KommunIdentity("Exempelby kommun", "2120009994"));

        assertThat(kommun.kommun()).contains(new KommunIdentity("Exempelby kommun", "2120009994"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kommun", Integer.class))
                .isEqualTo(1);
    }
}
