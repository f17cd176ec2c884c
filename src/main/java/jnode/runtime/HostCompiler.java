package jnode.runtime;

import jdk.vm.ci.code.CompilationRequestResult;
import jdk.vm.ci.hotspot.HotSpotCompilationRequest;
import jdk.vm.ci.hotspot.HotSpotJVMCIRuntime;
import jdk.vm.ci.hotspot.HotSpotResolvedJavaMethod;
import jdk.vm.ci.meta.MetaAccessProvider;
import jdk.vm.ci.runtime.JVMCICompiler;

import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Compiles a few hot Java methods with the Graal compiler at full optimization.
 *
 * <p>Why: HotSpot compiles Java with C1 only here (bin/jdk.sh: C2 would take the two cores from
 * Graal's compilations of JavaScript while a program warms up). C1's code is fine for glue, but not
 * for the byte-crunching loops behind Buffer's codecs, and only an optimizing compiler calls
 * HotSpot's SIMD routines (base64 encodes and decodes at ~47 GB/s through them, ~1 GB/s in C1 code).
 * Graal is loaded anyway, to compile JavaScript, and through JVMCI it compiles any Java method and
 * installs the result as that method's code, as C2 would have. bin/jdk.sh has HotSpot generate
 * those routines at start-up (-XX:-DelayCompilerStubsGeneration; with C1 alone they never are).
 *
 * <p>A {@link Hot} names a group of methods; the code that runs them reports its work, and past a
 * threshold the group is compiled once, on a background thread (one compilation takes 30–600 ms of
 * that thread's time). Compiled code can be thrown away later (HotSpot deoptimizes it when one of
 * the compiler's assumptions fails), so a group that crosses its threshold again recompiles the
 * methods that lost it, a few times at most. Everything is best effort: without JVMCI (its packages
 * not exported, JVMCI off) nothing happens and the C1 code keeps running.
 *
 * <p>{@code -Djnode.traceHostCompiler=true} prints each compilation to stderr.
 */
public final class HostCompiler {
    private HostCompiler() {}

    private static final boolean TRACE = Boolean.getBoolean("jnode.traceHostCompiler");
    /** Rounds of compilation a group gets (each after the first follows a deoptimization). */
    private static final int MAX_ROUNDS = 4;
    /** HotSpot's level for code of the optimizing compiler (C2 or, through JVMCI, Graal). */
    private static final int FULL_OPTIMIZATION = 4;

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "jnode-host-compiler");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /**
     * Methods worth compiling once their callers have done {@code threshold} units of work; null
     * entries (see {@link #method}) are left out.
     */
    public static Hot hot(String name, long threshold, Executable... methods) {
        return new Hot(name, threshold, Arrays.stream(methods).filter(Objects::nonNull).toArray(Executable[]::new));
    }

    /**
     * A method by name, private ones included, or null when the class has none such: the JDK's
     * private helpers are worth compiling too, but their names may change between JDK versions.
     */
    public static Executable method(Class<?> owner, String name, Class<?>... parameterTypes) {
        try {
            return owner.getDeclaredMethod(name, parameterTypes);
        } catch (NoSuchMethodException gone) {
            return null;
        }
    }

    /** A group of methods and the work done in them since the last request to compile them. */
    public static final class Hot {
        private final String name;
        private final Executable[] methods;
        /**
         * Work until the next look at the methods' code. Grows once every method has been
         * compiled (deoptimizations are rare), not while some have yet to run: the methods of one
         * group may run in different phases of a program (encoding first, decoding much later).
         */
        private volatile long threshold;
        /** Racy on purpose: an approximate count is enough to pick a moment, and costs nothing. */
        private long work;
        private int compilations;
        private final AtomicBoolean busy = new AtomicBoolean();

        private Hot(String name, long threshold, Executable[] methods) {
            this.name = name;
            this.threshold = threshold;
            this.methods = methods;
        }

        /** Counts {@code units} of work done in the group's methods. */
        public void did(long units) {
            long w = work + units;
            work = w;
            if (w >= threshold && compilations < MAX_ROUNDS && busy.compareAndSet(false, true)) {
                work = 0;
                THREAD.execute(this::compile);
            }
        }

        private void compile() {
            try {
                Outcome outcome = Jvmci.compileMissing(name, methods);
                if (outcome.compiled() > 0) compilations++;
                if (outcome.notYetRun() == 0 && threshold < Long.MAX_VALUE / 4) threshold *= 4;
            } catch (Throwable unavailable) {
                // JVMCI absent or refusing (LinkageError, IllegalAccessError...): C1's code stays.
                compilations = MAX_ROUNDS;
                if (TRACE) System.err.println("jnode: host compiler unavailable: " + unavailable);
            } finally {
                busy.set(false);
            }
        }
    }

    /** What one look at a group found: methods compiled now, and methods that have not run yet. */
    private record Outcome(int compiled, int notYetRun) {}

    /** The JVMCI calls, in their own class so that nothing touches JVMCI before it is needed. */
    private static final class Jvmci {
        /** Compiles those of {@code methods} that run but lack optimized code. */
        static Outcome compileMissing(String group, Executable[] methods) {
            HotSpotJVMCIRuntime runtime = HotSpotJVMCIRuntime.runtime();
            JVMCICompiler compiler = runtime.getCompiler();
            MetaAccessProvider meta = runtime.getHostJVMCIBackend().getMetaAccess();
            List<HotSpotResolvedJavaMethod> missing = new ArrayList<>();
            int notYetRun = 0;
            for (Executable m : methods) {
                HotSpotResolvedJavaMethod method = (HotSpotResolvedJavaMethod) meta.lookupJavaMethod(m);
                // Only methods C1 has compiled: they have run, so their constant pool entries are
                // resolved (Graal's code for an unresolved one deoptimizes when it gets there).
                if (!method.hasCompiledCode()) {
                    notYetRun++;
                } else if (!method.hasCompiledCodeAtLevel(FULL_OPTIMIZATION)) {
                    missing.add(method);
                }
            }
            for (HotSpotResolvedJavaMethod method : missing) {
                long start = System.nanoTime();
                // Entry BCI -1: the method itself (not an on-stack replacement); no compile broker
                // environment (0), so the code is installed as the method's default code.
                CompilationRequestResult result = compiler.compileMethod(new HotSpotCompilationRequest(method, -1, 0L));
                if (TRACE) {
                    Object failure = result.getFailure();
                    System.err.printf("jnode: host compiler: %s %s %s in %d ms%n", group, method.format("%H.%n(%p)"),
                            failure == null ? "compiled" : "failed (" + failure + ")", (System.nanoTime() - start) / 1_000_000);
                }
            }
            return new Outcome(missing.size(), notYetRun);
        }
    }
}
