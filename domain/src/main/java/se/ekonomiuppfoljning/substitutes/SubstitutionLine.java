package se.ekonomiuppfoljning.substitutes;

/** A substitution as "Mitt konto" lists it: with the names of both users (names only). */
public record SubstitutionLine(Substitution substitution, String chiefName, String substituteName) {}
