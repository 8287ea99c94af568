/**
 * Operations: health (liveness, readiness) and metrics on the management port, the management port's own security
 * chain, and the request's context in the log lines.
 */
@NullMarked
package se.ekonomiuppfoljning.app.ops;

import org.jspecify.annotations.NullMarked;
