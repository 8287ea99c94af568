package se.ekonomiuppfoljning.substitutes;

/** A user a chief may name as ersättare, as the chief sees them: a name and nothing else. */
public record SubstituteCandidate(String username, String displayName) {}
