package se.ekonomiuppfoljning.persistence.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappings;
import se.ekonomiuppfoljning.directory.IdentityBinding;
import se.ekonomiuppfoljning.directory.IdentityBindings;
import se.ekonomiuppfoljning.directory.ProviderIdentity;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;

/** The group mapping in {@code directory_group_mapping}, and the directory accounts in {@code directory_account}. */
@Repository
class JdbcGroupMappings implements GroupMappings, DirectoryAccountRegistry, IdentityBindings {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcGroupMappings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GroupMapping> all() {
        return jdbc.query(
                "SELECT written, roles, units, committees FROM directory_group_mapping ORDER BY group_name",
                new MapSqlParameterSource(),
                JdbcGroupMappings::mapping);
    }

    @Override
    public Optional<GroupMapping> find(String canonicalGroup) {
        return jdbc
                .query(
                        "SELECT written, roles, units, committees FROM directory_group_mapping"
                                + " WHERE group_name = :group",
                        new MapSqlParameterSource("group", canonicalGroup),
                        JdbcGroupMappings::mapping)
                .stream()
                .findFirst();
    }

    @Override
    public void save(GroupMapping mapping) {
        jdbc.update(
                "INSERT INTO directory_group_mapping (group_name, written, roles, units, committees)"
                        + " VALUES (:group, :written, :roles, :units, :committees)"
                        + " ON DUPLICATE KEY UPDATE written = VALUES(written), roles = VALUES(roles),"
                        + " units = VALUES(units), committees = VALUES(committees)",
                new MapSqlParameterSource("group", mapping.canonicalGroup())
                        .addValue("written", mapping.group())
                        .addValue("roles", join(mapping.roles(), Role::name))
                        .addValue("units", join(mapping.units(), UnitCode::value))
                        .addValue("committees", join(mapping.committees(), CommitteeCode::value)));
    }

    @Override
    public boolean delete(String canonicalGroup) {
        return jdbc.update(
                        "DELETE FROM directory_group_mapping WHERE group_name = :group",
                        new MapSqlParameterSource("group", canonicalGroup))
                == 1;
    }

    @Override
    public boolean isDirectoryAccount(String username) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM directory_account WHERE username = :username",
                new MapSqlParameterSource("username", username),
                Integer.class);
        return count != null && count > 0;
    }

    @Override
    public void markDirectoryAccount(String username) {
        jdbc.update(
                "INSERT IGNORE INTO directory_account (username) VALUES (:username)",
                new MapSqlParameterSource("username", username));
    }

    @Override
    public Optional<IdentityBinding> of(ProviderIdentity identity) {
        return jdbc
                .query(
                        "SELECT username, issuer, subject, login_name FROM directory_identity"
                                + " WHERE issuer = :issuer AND subject = :subject",
                        new MapSqlParameterSource("issuer", identity.issuer()).addValue("subject", identity.subject()),
                        JdbcGroupMappings::binding)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<IdentityBinding> ofAccount(String username) {
        return jdbc
                .query(
                        "SELECT username, issuer, subject, login_name FROM directory_identity"
                                + " WHERE username = :username",
                        new MapSqlParameterSource("username", username),
                        JdbcGroupMappings::binding)
                .stream()
                .findFirst();
    }

    @Override
    public void save(IdentityBinding binding) {
        // a second identity for the account, or a second account for the identity, breaks a key: never replaced
        int changed = jdbc.update(
                "UPDATE directory_identity SET login_name = :loginName"
                        + " WHERE username = :username AND issuer = :issuer AND subject = :subject",
                parameters(binding));
        if (changed == 0) {
            jdbc.update(
                    "INSERT INTO directory_identity (username, issuer, subject, login_name)"
                            + " VALUES (:username, :issuer, :subject, :loginName)",
                    parameters(binding));
        }
    }

    private static MapSqlParameterSource parameters(IdentityBinding binding) {
        return new MapSqlParameterSource("username", binding.username())
                .addValue("issuer", binding.identity().issuer())
                .addValue("subject", binding.identity().subject())
                .addValue("loginName", binding.loginName());
    }

    private static IdentityBinding binding(ResultSet rs, int row) throws SQLException {
        return new IdentityBinding(
                rs.getString("username"),
                new ProviderIdentity(rs.getString("issuer"), rs.getString("subject")),
                rs.getString("login_name"));
    }

    private static GroupMapping mapping(ResultSet rs, int row) throws SQLException {
        return new GroupMapping(
                rs.getString("written"),
                split(rs.getString("roles"), Role::valueOf),
                split(rs.getString("units"), UnitCode::of),
                split(rs.getString("committees"), CommitteeCode::of));
    }

    private static <T> String join(Collection<T> values, Function<T, String> code) {
        return values.stream().map(code).sorted().collect(Collectors.joining(","));
    }

    private static <T> Set<T> split(String text, Function<String, T> parse) {
        return text.isEmpty()
                ? Set.of()
                : Arrays.stream(text.split(",")).map(parse).collect(Collectors.toSet());
    }
}
