package se.ekonomiuppfoljning.directory;

/**
 * Who the identity provider says a person is, for good: its issuer and the subject it names the person by (OIDC's
 * {@code sub}, or Entra ID's {@code oid}, which is the same for every application of the tenant where {@code sub} is
 * not). A login name ({@code preferred_username}) can change or be given to somebody else; this cannot.
 *
 * @param issuer  the token's {@code iss}
 * @param subject the person's id at that issuer
 */
public record ProviderIdentity(String issuer, String subject) {

    /** The longest issuer and subject the portal stores. */
    public static final int ISSUER_MAX = 400;

    public static final int SUBJECT_MAX = 255;

    public ProviderIdentity {
        issuer = issuer.strip();
        subject = subject.strip();
        if (issuer.isEmpty() || subject.isEmpty() || issuer.length() > ISSUER_MAX || subject.length() > SUBJECT_MAX) {
            throw new IllegalArgumentException("an identity needs an issuer and a subject of a storable length");
        }
    }
}
