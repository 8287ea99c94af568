package se.ekonomiuppfoljning.imports;

/** The kommun the portal serves, set from the first imported file (#FNAMN, #ORGNR). */
public record KommunIdentity(String name, String organisationNumber) {

    /** Organisation numbers compared without the hyphen: 212000-9994 = 2120009994. */
    public boolean sameOrganisation(String other) {
        return digits(organisationNumber).equals(digits(other));
    }

    private static String digits(String number) {
        return number.replaceAll("[^0-9]", "");
    }
}
