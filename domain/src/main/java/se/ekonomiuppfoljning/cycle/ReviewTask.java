package se.ekonomiuppfoljning.cycle;

import java.time.Instant;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * A month marked ready that waits for the caller's review ("Att granska" in Mina uppgifter).
 *
 * @param markedReadyBy who marked it ready (the user name)
 * @param mayApprove    false where the four-eyes rule keeps the caller from approving it (they wrote it or marked it
 *                      ready themselves): another reviewer approves it
 */
public record ReviewTask(Unit unit, Period period, String markedReadyBy, Instant markedReadyAt, boolean mayApprove) {}
