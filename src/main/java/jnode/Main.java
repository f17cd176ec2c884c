package jnode;

import jnode.cli.Options;
import jnode.runtime.Exit;
import jnode.runtime.NodeRuntime;

/** Entry point of bin/jnode: parses the command line and hands over to the runtime. */
public final class Main {
    /** The Node release whose API and behaviour jnode implements. */
    public static final String NODE_VERSION = "v0.10.40";

    private Main() {}

    public static void main(String[] argv) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(argv);
        } catch (Options.UsageError e) {
            System.err.println("jnode: " + e.getMessage());
            System.err.println("Try jnode --help for the options.");
            Exit.halt(9);
            return;
        }
        if (options.version) {
            System.out.println(NODE_VERSION);
            Exit.halt(0);
        }
        if (options.help) {
            System.out.print(Options.USAGE);
            Exit.halt(0);
        }
        NodeRuntime.start(options);
    }
}
