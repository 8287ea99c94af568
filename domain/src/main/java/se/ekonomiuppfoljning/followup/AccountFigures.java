package se.ekonomiuppfoljning.followup;

import se.ekonomiuppfoljning.organisation.Account;

/** One account's figures for a set of units and a period. */
public record AccountFigures(Account account, Figures figures) {}
