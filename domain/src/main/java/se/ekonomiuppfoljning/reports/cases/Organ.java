package se.ekonomiuppfoljning.reports.cases;

import se.ekonomiuppfoljning.organisation.CommitteeCode;

/**
 * The organs a follow-up case passes: Allmänna utskottet (KS's working committee, its members sit in KS),
 * kommunstyrelsen and kommunfullmäktige. The names printed come from the template ({@code organ.AU}, …).
 */
public enum Organ {
    AU("KS"),
    KS("KS"),
    KF("KF");

    private final String committee;

    Organ(String committee) {
        this.committee = committee;
    }

    /** The committee whose members meet as this organ (AU's members are KS's). */
    public CommitteeCode committee() {
        return CommitteeCode.of(committee);
    }

    /** The template key of the organ's name. */
    public String nameKey() {
        return "organ." + name();
    }
}
