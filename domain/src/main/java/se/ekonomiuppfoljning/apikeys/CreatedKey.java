package se.ekonomiuppfoljning.apikeys;

/**
 * A key just created: the only time the key itself exists outside its holder's hands. Show it once; it is not
 * stored.
 */
public record CreatedKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        return "CreatedKey[" + key.prefix() + "…]";
    }
}
