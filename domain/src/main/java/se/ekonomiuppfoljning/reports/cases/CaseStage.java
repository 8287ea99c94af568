package se.ekonomiuppfoljning.reports.cases;

import org.jspecify.annotations.Nullable;

/** Where a case is: a draft, on the agenda of an organ's meeting, or closed. */
public enum CaseStage {
    UTKAST(null),
    ALLMANNA_UTSKOTTET(Organ.AU),
    KOMMUNSTYRELSEN(Organ.KS),
    KOMMUNFULLMAKTIGE(Organ.KF),
    AVSLUTAT(null);

    private final @Nullable Organ organ;

    CaseStage(@Nullable Organ organ) {
        this.organ = organ;
    }

    /** The organ whose meeting the case waits for; none for a draft or a closed case. */
    public @Nullable Organ organ() {
        return organ;
    }

    /** The stage after this one's decision (after KF: closed). */
    public CaseStage next() {
        return this == AVSLUTAT ? AVSLUTAT : values()[ordinal() + 1];
    }

    /** The stage where the organ's meeting is held. */
    public static CaseStage of(Organ organ) {
        for (CaseStage stage : values()) {
            if (stage.organ == organ) {
                return stage;
            }
        }
        throw new IllegalArgumentException(organ.name());
    }
}
