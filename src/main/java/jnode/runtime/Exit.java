package jnode.runtime;

/**
 * Ends the process. Node exits the moment process.exit() is called or the loop runs dry, without
 * waiting for anything else; halting (rather than System.exit) likewise skips JVM shutdown work
 * such as compiler threads winding down. Output is written unbuffered, so nothing is lost.
 */
public final class Exit {
    private Exit() {}

    private static final java.util.List<Runnable> BEFORE_HALT = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Runs {@code task} when the process ends (e.g. restoring a terminal's mode); halting skips shutdown hooks. */
    public static void beforeHalt(Runnable task) {
        BEFORE_HALT.add(task);
    }

    public static void halt(int code) {
        for (Runnable task : BEFORE_HALT) {
            try {
                task.run();
            } catch (RuntimeException ignored) {
                // the process ends regardless
            }
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code & 0xff);
    }
}
