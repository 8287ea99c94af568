package se.ekonomiuppfoljning.persistence.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

@Entity
@Table(name = "app_user")
class UserEntity {

    @Id
    private String username = "";

    @Column(name = "display_name", nullable = false)
    private String displayName = "";

    @Column(name = "email")
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @Column(nullable = false)
    private boolean enabled = true;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_unit", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "unit_code")
    private Set<String> units = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_committee", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "committee_code")
    private Set<String> committees = new HashSet<>();

    protected UserEntity() {}

    UserEntity(String username) {
        this.username = username;
    }

    void update(UserAccount account, String newPasswordHash) {
        this.displayName = account.displayName();
        this.email = account.email() == null ? null : account.email().value();
        this.enabled = account.enabled();
        this.passwordHash = newPasswordHash;
        replace(roles, account.roles().stream().map(Role::name).toList());
        replace(units, account.units().stream().map(UnitCode::value).toList());
        replace(
                committees,
                account.committees().stream().map(CommitteeCode::value).toList());
    }

    private static void replace(Set<String> target, Collection<String> values) {
        target.clear();
        target.addAll(values);
    }

    String passwordHash() {
        return passwordHash;
    }

    UserAccount toDomain() {
        return new UserAccount(
                username,
                displayName,
                roles.stream().map(Role::valueOf).collect(Collectors.toSet()),
                units.stream().map(UnitCode::of).collect(Collectors.toSet()),
                committees.stream().map(CommitteeCode::of).collect(Collectors.toSet()),
                enabled,
                email == null ? null : new EmailAddress(email));
    }
}
