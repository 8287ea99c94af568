package se.ekonomiuppfoljning.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A committee (nämnd) whose budget frame units count in. Committees form a tree too: KS and the other
 * nämnder report to KF, so the kommun's frame holds every unit.
 */
public record Committee(
        CommitteeCode code, String name, @Nullable CommitteeCode parent) {}
