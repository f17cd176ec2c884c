package jnode.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed as Node v0.10 parses it:
 * {@code jnode [options] [ -e script | script.js ] [arguments]}. Options stop at the script name
 * (or at {@code --}); everything after belongs to the program.
 */
public final class Options {
    public boolean version;
    public boolean help;
    public boolean printEval;
    public boolean interactive;
    public boolean noDeprecation;
    public boolean traceDeprecation;
    public boolean throwDeprecation;
    public boolean exposeGc;
    /** V8's flag: an exception no JavaScript catches ends the process by a trap (see NodeRuntime). */
    public boolean abortOnUncaughtException;
    public boolean useStrict;
    /** Code given with -e/-p, or null. */
    public String evalSource;
    /** The script path as given, or null for -e/-p/REPL/stdin. */
    public String script;
    /** The program's own arguments (after the script, or after -e CODE). */
    public final List<String> args = new ArrayList<>();
    /** The runtime options that preceded the script, as process.execArgv. */
    public final List<String> execArgv = new ArrayList<>();
    /** Flags we accept for compatibility but which have no effect here. */
    public final List<String> ignored = new ArrayList<>();

    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message);
        }
    }

    public static Options parse(String[] argv) throws UsageError {
        Options o = new Options();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) break;
            o.execArgv.add(a);
            i++;
            switch (a) {
                case "-v", "--version" -> o.version = true;
                case "-h", "--help" -> o.help = true;
                case "-i", "--interactive" -> o.interactive = true;
                case "-e", "--eval" -> i = o.takeEval(argv, i, a);
                case "-p", "--print" -> {
                    o.printEval = true;
                    // "-p CODE" evaluates CODE; "-p -e CODE" leaves the code to the -e that follows.
                    if (o.evalSource == null && i < argv.length && !argv[i].startsWith("-")) {
                        i = o.takeEval(argv, i, a);
                    }
                }
                case "-pe", "-ep" -> {
                    o.printEval = true;
                    i = o.takeEval(argv, i, a);
                }
                case "--no-deprecation" -> o.noDeprecation = true;
                case "--trace-deprecation" -> o.traceDeprecation = true;
                case "--throw-deprecation" -> o.throwDeprecation = true;
                case "--expose-gc", "--expose_gc" -> o.exposeGc = true;
                case "--abort-on-uncaught-exception", "--abort_on_uncaught_exception" ->
                        o.abortOnUncaughtException = true;
                case "--use-strict", "--use_strict" -> o.useStrict = true;
                default -> {
                    // Node hands unknown flags to V8. The V8 tuning flags Node programs and tests pass
                    // (--stack-size=, --harmony...) mean nothing on this engine; --max-old-space-size=
                    // is read by the launcher (bin/jdk.sh), which sets the JVM's heap limit from it.
                    if (a.startsWith("--")) {
                        o.ignored.add(a);
                    } else {
                        throw new UsageError("bad option: " + a);
                    }
                }
            }
        }
        if (o.evalSource == null && !o.version && !o.help && i < argv.length) {
            o.script = argv[i++];
        }
        while (i < argv.length) o.args.add(argv[i++]);
        return o;
    }

    private int takeEval(String[] argv, int i, String flag) throws UsageError {
        if (i >= argv.length) throw new UsageError(flag + " requires an argument");
        String code = argv[i];
        // Node lets "\-42" stand for code that starts with a dash.
        if (code.startsWith("\\-")) code = code.substring(1);
        evalSource = code;
        execArgv.add(argv[i]);
        return i + 1;
    }

    public static final String USAGE = """
            Usage: jnode [options] [ -e script | script.js ] [arguments]

            Options:
              -v, --version          print the Node version jnode implements
              -e, --eval script      evaluate script
              -p, --print            evaluate script and print the result
              -i, --interactive      enter the REPL even if stdin is not a terminal
              --no-deprecation       silence deprecation warnings
              --trace-deprecation    print stack traces for deprecations
              --throw-deprecation    throw errors for deprecations
              --expose-gc            define global.gc()
              --abort-on-uncaught-exception
                                     die of a trap (SIGTRAP) on an uncaught exception
              --use-strict           run all code in strict mode
              -h, --help             print this help

            Environment variables:
              NODE_PATH              ':'-separated directories prefixed to the module search path
              UV_THREADPOOL_SIZE     threads for file system and other blocking work (default 4)
              JNODE_JAVA_OPTS        extra options for the Java virtual machine
            """;
}
