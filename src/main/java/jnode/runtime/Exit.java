package jnode.runtime;

/**
 * Ends the process. Node exits the moment process.exit() is called or the loop runs dry, without
 * waiting for anything else; halting (rather than System.exit) likewise skips JVM shutdown work
 * such as compiler threads winding down. Output is written unbuffered, so nothing is lost.
 */
public final class Exit {
    private Exit() {}

    public static void halt(int code) {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code & 0xff);
    }
}
