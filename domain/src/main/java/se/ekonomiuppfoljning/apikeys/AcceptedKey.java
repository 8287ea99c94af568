package se.ekonomiuppfoljning.apikeys;

/** A presented key the portal accepts: whose it is and what it is for. */
public record AcceptedKey(String owner, ApiKeyPurpose purpose) {}
