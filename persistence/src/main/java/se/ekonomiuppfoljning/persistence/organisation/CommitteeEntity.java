package se.ekonomiuppfoljning.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;

@Entity
@Table(name = "committee")
class CommitteeEntity {

    @Id
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    @Column(name = "parent_code")
    private @Nullable String parentCode;

    protected CommitteeEntity() {}

    CommitteeEntity(Committee committee) {
        this.code = committee.code().value();
        update(committee);
    }

    void update(Committee committee) {
        this.name = committee.name();
        this.parentCode = committee.parent() == null ? null : committee.parent().value();
    }

    String code() {
        return code;
    }

    Committee toDomain() {
        return new Committee(CommitteeCode.of(code), name, parentCode == null ? null : CommitteeCode.of(parentCode));
    }
}
