package se.ekonomiuppfoljning.directory;

import java.util.List;
import java.util.Optional;

/** The port to the stored group mapping, one row per group (by its canonical name). */
public interface GroupMappings {

    /** Every mapping, by group. */
    List<GroupMapping> all();

    Optional<GroupMapping> find(String canonicalGroup);

    /** Stores the mapping, replacing the one of the same group. */
    void save(GroupMapping mapping);

    /** Removes the group's mapping; false when there was none. */
    boolean delete(String canonicalGroup);
}
