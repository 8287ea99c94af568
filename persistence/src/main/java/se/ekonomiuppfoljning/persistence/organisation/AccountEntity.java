package se.ekonomiuppfoljning.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.ekonomiuppfoljning.organisation.Account;

@Entity
@Table(name = "account")
class AccountEntity {

    @Id
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    protected AccountEntity() {}

    AccountEntity(Account account) {
        this.code = account.code();
        this.name = account.name();
    }

    void rename(String newName) {
        this.name = newName;
    }

    Account toDomain() {
        return new Account(code, name);
    }
}
