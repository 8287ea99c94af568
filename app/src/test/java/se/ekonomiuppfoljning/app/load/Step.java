package se.ekonomiuppfoljning.app.load;

/** Times one interaction; a failure is counted as an error of the step and ends the user's script. */
final class Step {

    private Step() {}

    interface Action {
        void run() throws Exception;
    }

    static boolean run(StepStats stats, String name, Action action) {
        long start = System.nanoTime();
        try {
            action.run();
            stats.time(name, (System.nanoTime() - start) / 1e6);
            return true;
        } catch (Exception | AssertionError e) {
            stats.error(name, e.toString());
            return false;
        }
    }

    /** Fails unless the answer (a UIDL response or a page) contains the text. */
    static void expect(String answer, String text) {
        if (!answer.contains(text)) {
            throw new IllegalStateException(
                    "the answer lacks \"" + text + "\": " + answer.substring(0, Math.min(400, answer.length())));
        }
    }
}
