package se.ekonomiuppfoljning.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How keys are made and recognised. A key is 32 random bytes (256 bits), so a plain SHA-256 of it is as safe to store
 * as a slow password hash is for a password, and it costs microseconds per request instead of bcrypt's ~100 ms.
 */
final class ApiKeySecrets {

    /** Every key starts with this, so that a leaked key is recognised as ours (e.g. by a secret scanner). */
    static final String PREFIX = "eku_";

    /** How many of a key's characters the administrator sees, to tell keys apart. */
    static final int SHOWN = PREFIX.length() + 6;

    private final SecureRandom random;

    ApiKeySecrets(SecureRandom random) {
        this.random = random;
    }

    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the text has the shape of a key at all (checked before any lookup). */
    static boolean looksLikeKey(String text) {
        return text.length() == PREFIX.length() + 43 && text.startsWith(PREFIX);
    }
}
