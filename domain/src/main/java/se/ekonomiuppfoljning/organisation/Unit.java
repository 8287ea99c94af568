package se.ekonomiuppfoljning.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A node of the organisation tree: the kommun, a förvaltning/stab or an avdelning/enhet.
 *
 * @param shortName used in total labels ("Totalt KLS"); the name where absent
 * @param committee the committee this unit reports to when set here; otherwise inherited from the parent
 * @param sortOrder the order in which siblings are listed
 */
public record Unit(
        UnitCode code,
        String name,
        @Nullable String shortName,
        @Nullable UnitCode parent,
        @Nullable CommitteeCode committee,
        int sortOrder) {

    public String displayShortName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
