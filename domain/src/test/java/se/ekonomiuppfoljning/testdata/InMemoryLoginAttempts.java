package se.ekonomiuppfoljning.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.security.LoginAttemptStore;
import se.ekonomiuppfoljning.security.LoginFailures;

/** The counted failed logins in a map, with the audit marks beside them. */
public final class InMemoryLoginAttempts implements LoginAttemptStore {

    private record Key(LoginFailures.Kind kind, String account, String address) {}

    private final Map<Key, LoginFailures> rows = new HashMap<>();
    private final Map<Key, Instant> audited = new HashMap<>();

    @Override
    public List<LoginFailures> find(String account, String address) {
        List<LoginFailures> found = new ArrayList<>();
        for (Key key : List.of(
                new Key(LoginFailures.Kind.PAIR, account, address),
                new Key(LoginFailures.Kind.ACCOUNT, account, ""),
                new Key(LoginFailures.Kind.ADDRESS, "", address))) {
            LoginFailures row = rows.get(key);
            if (row != null) {
                found.add(row);
            }
        }
        return found;
    }

    @Override
    public void recordFailure(String account, String address, Instant at, Instant forgetBefore) {
        for (Key key : List.of(
                new Key(LoginFailures.Kind.PAIR, account, address),
                new Key(LoginFailures.Kind.ACCOUNT, account, ""),
                new Key(LoginFailures.Kind.ADDRESS, "", address))) {
            LoginFailures old = rows.get(key);
            int failures = old == null || old.lastFailureAt().isBefore(forgetBefore) ? 1 : old.failures() + 1;
            rows.put(key, new LoginFailures(key.kind(), key.account(), key.address(), failures, at));
        }
    }

    @Override
    public void release(
            LoginFailures.Kind kind, String account, String address, Instant at, @Nullable Instant previous) {
        Key key = new Key(kind, account, address);
        LoginFailures old = rows.get(key);
        if (old == null) {
            return;
        }
        if (old.failures() <= 1) {
            rows.remove(key);
            return;
        }
        Instant last = previous != null && old.lastFailureAt().equals(at) ? previous : old.lastFailureAt();
        rows.put(key, new LoginFailures(kind, account, address, old.failures() - 1, last));
    }

    @Override
    public void remove(LoginFailures.Kind kind, String account, String address) {
        rows.remove(new Key(kind, account, address));
        audited.remove(new Key(kind, account, address));
    }

    @Override
    public List<LoginFailures> since(Instant since) {
        return rows.values().stream()
                .filter(r -> !r.lastFailureAt().isBefore(since))
                .toList();
    }

    @Override
    public boolean claimAudit(LoginFailures.Kind kind, String account, String address, Instant at, Instant notBefore) {
        Key key = new Key(kind, account, address);
        Instant last = audited.get(key);
        if (last != null && !last.isBefore(notBefore)) {
            return false;
        }
        audited.put(key, at);
        return true;
    }
}
