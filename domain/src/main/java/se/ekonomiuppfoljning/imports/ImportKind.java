package se.ekonomiuppfoljning.imports;

/** What a file holds and how it is read. */
public enum ImportKind {
    /** A SIE file, types 1–4: actuals (#PSALDO or vouchers) and budget (#PBUDGET). */
    SIE,
    /** CSV {@code ansvar;konto;period;belopp} of actuals. */
    ACTUALS_CSV,
    /** CSV {@code ansvar;konto;period;belopp} of budget. */
    BUDGET_CSV,
    /** CSV {@code kod;namn;överordnad;nämnd} of the organisation. */
    ORGANISATION_CSV
}
