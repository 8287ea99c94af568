package se.ekonomiuppfoljning.testdata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappings;
import se.ekonomiuppfoljning.directory.IdentityBinding;
import se.ekonomiuppfoljning.directory.IdentityBindings;
import se.ekonomiuppfoljning.directory.ProviderIdentity;

/** The group mapping, the register of directory accounts and their identity bindings, over maps and a set. */
public final class InMemoryGroupMappings implements GroupMappings, DirectoryAccountRegistry, IdentityBindings {

    private final Map<String, GroupMapping> mappings = new LinkedHashMap<>();
    private final Set<String> directoryAccounts = new HashSet<>();
    private final Map<String, IdentityBinding> bindings = new LinkedHashMap<>();

    @Override
    public Optional<IdentityBinding> of(ProviderIdentity identity) {
        return bindings.values().stream()
                .filter(b -> b.identity().equals(identity))
                .findFirst();
    }

    @Override
    public Optional<IdentityBinding> ofAccount(String username) {
        return Optional.ofNullable(bindings.get(username));
    }

    @Override
    public void save(IdentityBinding binding) {
        bindings.put(binding.username(), binding);
    }

    @Override
    public List<GroupMapping> all() {
        return new ArrayList<>(mappings.values());
    }

    @Override
    public Optional<GroupMapping> find(String canonicalGroup) {
        return Optional.ofNullable(mappings.get(canonicalGroup));
    }

    @Override
    public void save(GroupMapping mapping) {
        mappings.put(mapping.canonicalGroup(), mapping);
    }

    @Override
    public boolean delete(String canonicalGroup) {
        return mappings.remove(canonicalGroup) != null;
    }

    @Override
    public boolean isDirectoryAccount(String username) {
        return directoryAccounts.contains(username);
    }

    @Override
    public void markDirectoryAccount(String username) {
        directoryAccounts.add(username);
    }
}
