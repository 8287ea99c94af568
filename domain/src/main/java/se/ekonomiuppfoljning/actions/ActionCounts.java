package se.ekonomiuppfoljning.actions;

/** The åtgärder under one row of a report: how many are open, and how many of those are overdue. */
public record ActionCounts(int open, int overdue) {}
