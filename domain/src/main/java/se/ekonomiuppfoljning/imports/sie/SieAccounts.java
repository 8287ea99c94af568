package se.ekonomiuppfoljning.imports.sie;

/** Account classes of the BAS chart: 1–2 balance sheet, 3–8 result. */
final class SieAccounts {

    private SieAccounts() {}

    static boolean isResultAccount(String account) {
        return !account.isEmpty() && account.charAt(0) >= '3' && account.charAt(0) <= '8';
    }
}
