package se.ekonomiuppfoljning.app.base;

/**
 * One problem in an API answer: where (file, line, field), what in Swedish (for the client's user), and its machine
 * code beside it (stable, for the client's program). Every controller of the API answers its refusals with it.
 */
public record ApiError(String file, int line, String field, String message, String code) {}
