package se.ekonomiuppfoljning.persistence.substitutes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.substitutes.Substitution;
import se.ekonomiuppfoljning.substitutes.SubstitutionRepository;

/**
 * The substitutions in {@code substitution}. A user's current ones are read on every call of a service (the acting
 * account), through the index on (substitute, to_day): one short range read, never a cache that could outlive a
 * substitution's last day or miss a new one.
 */
@Repository
class JdbcSubstitutionRepository implements SubstitutionRepository {

    private static final String COLUMNS = "id, chief, substitute, from_day, to_day";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcSubstitutionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Substitution add(String chief, String substitute, LocalDate from, LocalDate to) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(
                "INSERT INTO substitution (chief, substitute, from_day, to_day) VALUES (:chief, :substitute, :from, :to)",
                new MapSqlParameterSource("chief", chief)
                        .addValue("substitute", substitute)
                        .addValue("from", from)
                        .addValue("to", to),
                id,
                new String[] {"id"});
        return new Substitution(id.getKeyAs(Number.class).longValue(), chief, substitute, from, to);
    }

    @Override
    public Optional<Substitution> find(long id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM substitution WHERE id = :id",
                        new MapSqlParameterSource("id", id),
                        JdbcSubstitutionRepository::substitution)
                .stream()
                .findFirst();
    }

    @Override
    public void remove(long id) {
        jdbc.update("DELETE FROM substitution WHERE id = :id", new MapSqlParameterSource("id", id));
    }

    @Override
    public List<Substitution> ofChief(String chief, LocalDate day) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM substitution WHERE chief = :user AND to_day >= :day ORDER BY from_day, id",
                new MapSqlParameterSource("user", chief).addValue("day", day),
                JdbcSubstitutionRepository::substitution);
    }

    @Override
    public List<Substitution> ofSubstitute(String substitute, LocalDate day) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM substitution WHERE substitute = :user AND to_day >= :day"
                        + " ORDER BY from_day, id",
                new MapSqlParameterSource("user", substitute).addValue("day", day),
                JdbcSubstitutionRepository::substitution);
    }

    @Override
    public List<Substitution> activeFor(String substitute, LocalDate day) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM substitution WHERE substitute = :user AND to_day >= :day"
                        + " AND from_day <= :day ORDER BY from_day, id",
                new MapSqlParameterSource("user", substitute).addValue("day", day),
                JdbcSubstitutionRepository::substitution);
    }

    private static Substitution substitution(ResultSet rs, int row) throws SQLException {
        return new Substitution(
                rs.getLong("id"),
                rs.getString("chief"),
                rs.getString("substitute"),
                rs.getObject("from_day", LocalDate.class),
                rs.getObject("to_day", LocalDate.class));
    }
}
