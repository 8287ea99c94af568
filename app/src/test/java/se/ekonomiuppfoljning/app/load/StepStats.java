package se.ekonomiuppfoljning.app.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The measured times (ms) and errors of each step of the load test, from many threads. */
final class StepStats {

    private final Map<String, List<Double>> times = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new LinkedHashMap<>();
    private final List<String> errorSamples = new ArrayList<>();

    synchronized void time(String step, double millis) {
        times.computeIfAbsent(step, s -> new ArrayList<>()).add(millis);
        errors.putIfAbsent(step, 0);
    }

    synchronized void error(String step, String what) {
        times.computeIfAbsent(step, s -> new ArrayList<>());
        errors.merge(step, 1, Integer::sum);
        if (errorSamples.size() < 20) {
            errorSamples.add(step + ": " + what);
        }
    }

    synchronized int totalErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int count(String step) {
        return times.getOrDefault(step, List.of()).size();
    }

    synchronized List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    /** One line per step: count, errors, p50, p95, p99 and max in ms. */
    synchronized List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%-22s %7s %6s %8s %8s %8s %8s",
                "step",
                "count",
                "errors",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms"));
        double[] all = times.values().stream()
                .flatMap(List::stream)
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        times.forEach((step, list) -> lines.add(line(
                step,
                list.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                errors.getOrDefault(step, 0))));
        lines.add(line("all interactions", all, totalErrors()));
        return lines;
    }

    private static String line(String step, double[] sorted, int errors) {
        if (sorted.length == 0) {
            return String.format(Locale.ROOT, "%-22s %7d %6d", step, 0, errors);
        }
        return String.format(
                Locale.ROOT,
                "%-22s %7d %6d %8.0f %8.0f %8.0f %8.0f",
                step,
                sorted.length,
                errors,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
