package se.ekonomiuppfoljning.persistence.imports;

import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.imports.KommunIdentity;

/** The kommun's name and organisation number, as the files name it: the one row of {@code kommun}. */
final class KommunIdentityTable {

    private final NamedParameterJdbcTemplate jdbc;

    KommunIdentityTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KommunIdentity> kommun() {
        return jdbc
                .query(
                        "SELECT name, organisation_number FROM kommun WHERE id = 1",
                        (rs, i) -> new KommunIdentity(rs.getString(1), rs.getString(2)))
                .stream()
                .findFirst();
    }

    void save(KommunIdentity kommun) {
        jdbc.update(
                """
                INSERT INTO kommun (id, name, organisation_number) VALUES (1, :name, :number)
                ON DUPLICATE KEY UPDATE name = VALUES(name), organisation_number = VALUES(organisation_number)
                """, new MapSqlParameterSource("name", kommun.name()).addValue("number", kommun.organisationNumber()));
    }
}
