package jnode.runtime;

import jnode.Main;
import jnode.posix.Libc;
import jnode.posix.PosixException;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The native half of the {@code process} object, handed to lib/internal/bootstrap.js: the
 * command line, process identity and credentials, the working directory, signals, clocks and
 * memory, plus the hooks the JavaScript side uses to drive the loop's idle and check phases.
 */
public final class ProcessMethods {
    private final NodeRuntime runtime;
    private final long startNanos = System.nanoTime();

    ProcessMethods(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    // --- the module and binding plumbing ------------------------------------------------------

    @Export
    public Object binding(String name) {
        return runtime.bindings().get(name);
    }

    @Export
    public String nativeSource(String id) {
        return runtime.natives().source(id);
    }

    @Export
    public Value nativeIds() {
        return runtime.interop().arrayOf(runtime.natives().publicIds());
    }

    /** Runs {@code code} in the global scope; {@code filename} is what stack traces show. */
    @Export
    public Value compile(String code, String filename) {
        return runtime.compile(code, filename);
    }

    // --- the command line ----------------------------------------------------------------------

    @Export
    public String execPath() {
        String p = System.getProperty("jnode.execPath");
        return p != null ? p : "jnode";
    }

    @Export
    public Value argv() {
        List<String> argv = new ArrayList<>();
        argv.add(execPath());
        if (runtime.options().script != null) argv.add(runtime.options().script);
        argv.addAll(runtime.options().args);
        return runtime.interop().arrayOf(argv);
    }

    @Export
    public Value execArgv() {
        return runtime.interop().arrayOf(runtime.options().execArgv);
    }

    /** Code from -e/-p, or null. */
    @Export
    public String evalSource() {
        return runtime.options().evalSource;
    }

    @Export
    public boolean printEval() {
        return runtime.options().printEval;
    }

    @Export
    public boolean interactive() {
        return runtime.options().interactive;
    }

    @Export
    public boolean hasScript() {
        return runtime.options().script != null;
    }

    @Export
    public Value flags() {
        var o = runtime.options();
        Value f = runtime.interop().newObject();
        f.putMember("noDeprecation", o.noDeprecation);
        f.putMember("traceDeprecation", o.traceDeprecation);
        f.putMember("throwDeprecation", o.throwDeprecation);
        f.putMember("exposeGc", o.exposeGc);
        f.putMember("abortOnUncaughtException", o.abortOnUncaughtException);
        return f;
    }

    /** The environment, less JNODE_HOME: jnode's own hand-over to child launchers (see ProcessWrap). */
    @Export
    public Value env() {
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.remove("JNODE_HOME");
        return runtime.interop().objectOf(env);
    }

    @Export
    public String version() {
        return Main.NODE_VERSION;
    }

    @Export
    public String jnodeVersion() {
        String v = NodeRuntime.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }

    @Export
    public String arch() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386" -> "ia32";
            default -> System.getProperty("os.arch");
        };
    }

    // --- identity and credentials -------------------------------------------------------------

    @Export
    public int pid() {
        return Libc.getpid();
    }

    @Export
    public int ppid() {
        return Libc.getppid();
    }

    @Export
    public int getuid() {
        return Libc.getuid();
    }

    @Export
    public int geteuid() {
        return Libc.geteuid();
    }

    @Export
    public int getgid() {
        return Libc.getgid();
    }

    @Export
    public int getegid() {
        return Libc.getegid();
    }

    /** The uid for a user name, or -1. */
    @Export
    public int uidOf(String name) {
        return Libc.uidOf(name);
    }

    /** The gid for a group name, or -1. */
    @Export
    public int gidOf(String name) {
        return Libc.gidOf(name);
    }

    @Export
    public void setuid(int uid) {
        try {
            Libc.setuid(uid);
        } catch (PosixException e) {
            throw runtime.interop().errnoError(e.errno, "setuid").throwException();
        }
    }

    @Export
    public void setgid(int gid) {
        try {
            Libc.setgid(gid);
        } catch (PosixException e) {
            throw runtime.interop().errnoError(e.errno, "setgid").throwException();
        }
    }

    @Export
    public int[] getgroups() {
        try {
            // As Node v0.10: the supplementary groups plus the effective group, which
            // getgroups(2) may leave out (a root shell often has no supplementary groups at all).
            int[] groups = Libc.getgroups();
            int egid = Libc.getegid();
            for (int g : groups) {
                if (g == egid) return groups;
            }
            int[] withEffective = java.util.Arrays.copyOf(groups, groups.length + 1);
            withEffective[groups.length] = egid;
            return withEffective;
        } catch (PosixException e) {
            throw runtime.interop().errnoError(e.errno, "getgroups").throwException();
        }
    }

    // --- working directory and umask ----------------------------------------------------------

    @Export
    public String cwd() {
        try {
            return Libc.getcwd();
        } catch (PosixException e) {
            throw runtime.uvError(e, null);
        }
    }

    @Export
    public void chdir(String dir) {
        try {
            Libc.chdir(dir);
        } catch (PosixException e) {
            throw runtime.interop().uvError(e.errno, null, null).throwException();
        }
    }

    /** Sets the umask when {@code mask >= 0}; returns the previous one either way. */
    @Export
    public int umask(int mask) {
        if (mask >= 0) return Libc.umask(mask);
        int old = Libc.umask(0);
        Libc.umask(old);
        return old;
    }

    // --- signals and exit -----------------------------------------------------------------------

    /** Sends a signal; returns null or the error code name (ESRCH, EPERM...). */
    @Export
    public String kill(int pid, int signal) {
        try {
            Libc.kill(pid, signal);
            return null;
        } catch (PosixException e) {
            return e.errno.name();
        }
    }

    @Export
    public void reallyExit(int code) {
        Exit.halt(code);
    }

    @Export
    public void abort() {
        Fatal.abort();
    }

    // --- clocks and memory ------------------------------------------------------------------------

    /** [seconds, nanoseconds] of a monotonic clock. */
    @Export
    public double[] hrtime() {
        long t = System.nanoTime();
        return new double[] {Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L)};
    }

    /** Seconds since the process started. */
    @Export
    public double uptime() {
        long startedMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        return Math.max(0, System.currentTimeMillis() - startedMillis) / 1000.0;
    }

    /** [rss, heapTotal, heapUsed] in bytes. */
    @Export
    public double[] memoryUsage() {
        Runtime r = Runtime.getRuntime();
        return new double[] {residentSetBytes(), r.totalMemory(), r.totalMemory() - r.freeMemory()};
    }

    private static double residentSetBytes() {
        try {
            String[] statm = Files.readString(Path.of("/proc/self/statm")).trim().split("\\s+");
            return Double.parseDouble(statm[1]) * 4096;
        } catch (Exception e) {
            return 0;
        }
    }

    /** null if the file loads as a shared library, else the dynamic linker's error message. */
    @Export
    public String tryDlopen(String path) {
        return Libc.tryDlopen(path);
    }

    @Export
    public void gc() {
        System.gc();
    }

    // --- the loop's idle and check phases, used by nextTick and setImmediate -------------------

    @Export
    public void setImmediateCallback(Value fn) {
        runtime.loop().setCheckCallback(() -> runtime.callback(null, fn));
    }


    @Export
    public void setTickSpinner(Value fn) {
        runtime.loop().setIdleCallback(() -> runtime.callback(null, fn));
    }

    /**
     * The loop's phase flags (see EventLoop.phaseFlags): byte 0 keeps the idle phase (the tick
     * spinner) active, byte 1 the check phase (setImmediate). JavaScript writes them directly.
     */
    @Export
    public ByteBuffer loopPhaseFlags() {
        return runtime.loop().phaseFlags();
    }

    @Export
    public double loopStartNanos() {
        return startNanos;
    }
}
