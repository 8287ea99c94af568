package se.ekonomiuppfoljning.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

@Entity
@Table(name = "unit")
class UnitEntity {

    @Id
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    @Column(name = "short_name")
    private @Nullable String shortName;

    @Column(name = "parent_code")
    private @Nullable String parentCode;

    @Column(name = "committee_code")
    private @Nullable String committeeCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected UnitEntity() {}

    UnitEntity(Unit unit) {
        this.code = unit.code().value();
        update(unit);
    }

    void update(Unit unit) {
        this.name = unit.name();
        this.shortName = unit.shortName();
        this.parentCode = unit.parent() == null ? null : unit.parent().value();
        this.committeeCode = unit.committee() == null ? null : unit.committee().value();
        this.sortOrder = unit.sortOrder();
    }

    String code() {
        return code;
    }

    Unit toDomain() {
        return new Unit(
                UnitCode.of(code),
                name,
                shortName,
                parentCode == null ? null : UnitCode.of(parentCode),
                committeeCode == null ? null : CommitteeCode.of(committeeCode),
                sortOrder);
    }
}
