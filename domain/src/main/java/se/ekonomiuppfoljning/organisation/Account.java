package se.ekonomiuppfoljning.organisation;

/** A ledger account of the chart of accounts (Kommun-Bas); result accounts are classes 3 to 8. */
public record Account(String code, String name) {}
