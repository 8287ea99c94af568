package se.ekonomiuppfoljning.security;

import java.time.Instant;

/**
 * The failed logins counted under one key: an account, a source address, or the pair of both.
 *
 * @param account the canonical user name typed ("" for an address's own count)
 * @param address the source address ("" for an account's own count)
 */
public record LoginFailures(Kind kind, String account, String address, int failures, Instant lastFailureAt) {

    public enum Kind {
        /** One account from one address: the strictest count. */
        PAIR,
        /** One account from every address: applies only to addresses that failed on that account themselves. */
        ACCOUNT,
        /** One address, whatever account it tries (password spraying). */
        ADDRESS
    }
}
