package jnode.runtime;

import jnode.posix.PosixThread;
import jnode.binding.Bindings;
import jnode.binding.SignalWrap;
import jnode.cli.Options;
import jnode.loop.EventLoop;
import jnode.posix.PosixException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One Node process: the GraalJS context, the event loop that drives it and the binding layer
 * between them. Everything here runs on the single "jnode-main" thread, which owns the context for
 * its whole life (a GraalJS context is single-threaded), so no state needs locking.
 *
 * <p>Start-up mirrors Node's: evaluate the bootstrap script (lib/internal/bootstrap.js), which
 * builds {@code process}, the globals and the module loader and hands back its entry points; run
 * the main program; run the loop until nothing keeps it alive; emit {@code 'exit'}; exit.
 */
public final class NodeRuntime {
    /** Deep JS recursion needs a deep Java stack (interpreted frames are large). */
    private static final long MAIN_STACK_BYTES = 64L << 20;
    private static NodeRuntime current;

    private final Options options;
    private final EventLoop loop;
    private final Context context;
    private final Natives natives = new Natives();
    private final SourceRegistry sources = new SourceRegistry();
    private final Bindings bindings;
    private final Interop interop;
    private ErrorReporter reporter;
    private Value makeCallback;
    private Value fatalException;
    private Value emitExit;
    /** How many loop-to-JavaScript calls are on the stack. */
    private int jsDepth;

    /** Runs the program on its own thread; the process ends when it is done (never returns normally). */
    public static void start(Options options) {
        Fatal.install(); // an error escaping this thread (or any other) ends the process as Node's would
        SignalWrap.restoreDefaultActions();
        Thread main = new PosixThread(() -> Exit.halt(runToEnd(options)), "jnode-main", MAIN_STACK_BYTES);
        main.start();
    }

    /** The runtime of this process; binding constructors called from JavaScript use it. */
    public static NodeRuntime current() {
        return current;
    }

    private static int runToEnd(Options options) {
        try {
            return new NodeRuntime(options).execute();
        } catch (PolyglotException e) {
            // Only start-up failures get here; later errors go through handleUncaught.
            Stdio.writeErr("jnode: failed to start: " + e.getMessage() + "\n");
            return 6;
        } catch (Engine.BadOption e) {
            Stdio.writeErr("jnode: " + e.getMessage() + "\n");
            return 9;
        }
    }

    private NodeRuntime(Options options) {
        trace("runtime thread started");
        current = this;
        this.options = options;
        this.loop = new EventLoop(Thread.currentThread(), threadPoolSize());
        trace("loop ready");
        this.context = Engine.newContext(options.useStrict);
        trace("context built");
        this.context.enter();
        trace("context entered");
        this.interop = new Interop(this);
        trace("interop ready");
        this.bindings = new Bindings(this);
    }

    private static int threadPoolSize() {
        String v = System.getenv("UV_THREADPOOL_SIZE");
        try {
            int n = v == null ? 4 : Integer.parseInt(v.trim());
            return Math.max(1, Math.min(128, n));
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    private static final boolean TRACE_STARTUP = Boolean.getBoolean("jnode.traceStartup");

    /** With -Djnode.traceStartup=true, prints milliseconds since JVM start at each start-up phase. */
    static void trace(String phase) {
        if (TRACE_STARTUP) {
            long since = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            Stdio.writeErr("[startup " + since + " ms] " + phase + "\n");
        }
    }

    private int execute() {
        trace("context ready");
        reporter = new ErrorReporter(sources, context.getBindings("js").getMember("String"));
        Value bootstrap = compile(natives.source("internal/bootstrap"), "node.js");
        Value entryPoints = bootstrap.execute(new ProcessMethods(this));
        makeCallback = entryPoints.getMember("makeCallback");
        fatalException = entryPoints.getMember("fatalException");
        emitExit = entryPoints.getMember("emitExit");
        Value runMain = entryPoints.getMember("runMain");
        trace("bootstrap done");
        guard(runMain);
        trace("main module done");
        loop.run();
        trace("loop done");
        int code = exitCode();
        // Engine instruments (e.g. -Dpolyglot.cpusampler=true) report only when the context closes;
        // a normal exit halts without closing, so profiling runs ask for the close explicitly.
        if (Boolean.getBoolean("jnode.closeContextAtExit")) {
            context.leave();
            context.close();
        }
        return code;
    }

    private int exitCode() {
        try {
            return emitExit.execute().asInt();
        } catch (PolyglotException e) {
            handleUncaught(e);
            // An 'exit' listener threw and 'uncaughtException' handled it: Node still exits.
            return 1;
        }
    }

    public Options options() {
        return options;
    }

    public EventLoop loop() {
        return loop;
    }

    public Context context() {
        return context;
    }

    public Natives natives() {
        return natives;
    }

    public Bindings bindings() {
        return bindings;
    }

    public Interop interop() {
        return interop;
    }

    private final java.util.Map<Class<?>, Object> shared = new java.util.HashMap<>();

    /** A per-process object shared by bindings (created on first use), e.g. the socket read slabs. */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(shared.computeIfAbsent(type, k -> create.get()));
    }

    /** Compiles and runs {@code code} as a script named {@code name} (the name stack traces show). */
    public Value compile(String code, String name) {
        return context.eval(sources.create(code, name));
    }

    /**
     * Calls a JavaScript callback from the loop, as Node's MakeCallback: {@code fn} runs with
     * {@code receiver} as {@code this}, then queued nextTick callbacks run. An exception the
     * callback throws is an uncaught exception. Never call this while JavaScript is on the stack
     * below you (from inside a binding method): post the call to the loop instead.
     */
    public Value callback(Object receiver, Value fn, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = receiver;
        all[1] = fn;
        System.arraycopy(args, 0, all, 2, args.length);
        jsDepth++;
        try {
            return makeCallback.execute(all);
        } catch (PolyglotException e) {
            handleUncaught(e);
            return null;
        } finally {
            jsDepth--;
        }
    }

    /**
     * Like {@link #callback}, but safe from code that JavaScript may have called: if JavaScript is
     * on the stack (a Netty event fired synchronously inside a binding call), the callback is
     * posted to the loop instead of nesting inside the running one.
     */
    public void callbackSoon(Object receiver, Value fn, Object... args) {
        if (jsDepth > 0) {
            loop.post(() -> callback(receiver, fn, args));
        } else {
            callback(receiver, fn, args);
        }
    }

    /** True while JavaScript called from the loop is running (so Java was called from JavaScript). */
    public boolean inJavaScript() {
        return jsDepth > 0;
    }

    /** Runs a JavaScript function with uncaught-exception handling but no tick processing. */
    public void guard(Value fn, Object... args) {
        jsDepth++;
        try {
            fn.executeVoid(args);
        } catch (PolyglotException e) {
            handleUncaught(e);
        } finally {
            jsDepth--;
        }
    }

    /**
     * Node's FatalException: offer the error to process._fatalException ('uncaughtException'
     * listeners); if nobody handles it, print it and exit with status 8 as Node v0.10 does.
     */
    public void handleUncaught(PolyglotException e) {
        if (e.isExit()) Exit.halt(e.getExitStatus());
        if (outOfMemory(e)) Fatal.outOfMemory();
        boolean handled;
        try {
            handled = fatalException != null && fatalException.execute(e.isHostException() ? interop.hostError(e) : e.getGuestObject()).asBoolean();
        } catch (PolyglotException again) {
            // The fatal-exception path itself threw (a top-level domain's 'error' handler, an
            // 'uncaughtException' listener), or gave the error back under
            // --abort-on-uncaught-exception: Node reports that error and exits with 7, or, with
            // the flag, dies as V8 aborts on Linux (a debug trap: SIGTRAP, status 133 in a shell).
            Stdio.writeErr(reporter.format(again));
            if (options.abortOnUncaughtException) Fatal.trap();
            Exit.halt(7);
            return;
        }
        if (!handled) {
            Stdio.writeErr(reporter.format(e));
            Exit.halt(8);
        }
    }

    /** An exhausted Java heap, however the engine reports it: fatal, as V8's is, not a JS exception. */
    private static boolean outOfMemory(PolyglotException e) {
        if (e.isHostException()) return e.asHostException() instanceof OutOfMemoryError;
        return e.isResourceExhausted(); // GraalJS may have made it a JS Error already: still fatal
    }

    /** Turns a failed system call into the JavaScript error Node would throw. */
    public RuntimeException uvError(PosixException e, String path) {
        return interop.uvError(e.errno, e.syscall, path).throwException();
    }
}
