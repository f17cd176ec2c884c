package jnode.runtime;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;

import java.io.OutputStream;

/**
 * Builds the GraalJS context the way Node's JavaScript expects it: V8 compatibility on (stack
 * trace API, Error.captureStackTrace), none of the engine's shell globals, and host access limited
 * to members the binding layer explicitly exports.
 */
final class Engine {
    private Engine() {}

    /** Host access for binding objects: only {@code @HostAccess.Export} members, plus byte buffers. */
    static final HostAccess BINDING_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowBufferAccess(true)
            .allowArrayAccess(true)
            .build();

    /**
     * A {@code -Dpolyglot.*} option (a developer's tuning knob) that the engine does not know or
     * cannot parse: reported in one line with Node's exit code for a bad option (9), not as a
     * Java stack trace.
     */
    static final class BadOption extends RuntimeException {
        BadOption(String message) {
            super(message, null, false, false);
        }
    }

    static Context newContext(boolean strict) {
        try {
            return build(strict);
        } catch (IllegalArgumentException e) {
            throw new BadOption(e.getMessage());
        }
    }

    /**
     * Calls before a function's last-tier (fully optimizing) compilation; Truffle's default is
     * 10,000. Each last-tier compilation costs 0.3-1.0 s of the compiler thread here (the Graal
     * compiler runs as C1 code on a 2-core machine), and a network program's core code (sockets,
     * streams, events) queues ~100 of them, so the compiler stayed busy for the first 20-25 s
     * while the functions waiting for it ran in the interpreter. Keeping the last tier for the
     * really hot functions measured better everywhere (docs/performance.md, "The compilation
     * backlog"): TCP echo +16%, connection rate +10%, HTTP hello +5-7% after 35 s, nothing slower.
     * -Dpolyglot.engine.LastTierCompilationThreshold still overrides it.
     */
    private static final String LAST_TIER_THRESHOLD = "30000";

    private static Context build(boolean strict) {
        Context.Builder builder = Context.newBuilder("js");
        if (System.getProperty("polyglot.engine.LastTierCompilationThreshold") == null) {
            builder.option("engine.LastTierCompilationThreshold", LAST_TIER_THRESHOLD);
        }
        return builder
                .allowHostAccess(BINDING_ACCESS)
                .allowHostClassLookup(name -> false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowExperimentalOptions(true)
                .allowCreateThread(false)
                .allowIO(org.graalvm.polyglot.io.IOAccess.NONE)
                // Node programs write through process.stdout; the engine's own stdout stays unused.
                // Its stderr is kept: that is where a missing-JIT ("fallback runtime") warning goes.
                .out(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "true")
                .option("js.v8-compat", "true")
                .option("js.strict", Boolean.toString(strict))
                .option("js.stack-trace-limit", "10")
                .option("js.direct-byte-buffer", "true")
                .option("js.intl-402", "false")
                // Start-up: function bodies are translated to Truffle ASTs when first called.
                .option("js.lazy-translation", "true")
                .option("js.print", "false")
                .option("js.load", "true") // load/loadWithNewGlobal back vm contexts; the bootstrap hides them
                .option("js.console", "false")
                .option("js.graal-builtin", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.java-package-globals", "false")
                .option("js.global-arguments", "false")
                .option("js.performance", "false")
                .option("js.shebang", "false")
                .build();
    }
}
