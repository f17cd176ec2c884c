package jnode.binding;

import jnode.binding.net.PipeWrap;
import jnode.loop.Handle;
import jnode.posix.Errno;
import jnode.posix.Libc;
import jnode.posix.PosixException;
import jnode.posix.Spawn;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java half of {@code process.binding('process_wrap').Process}: one child process, libuv's
 * uv_process_t. {@link #spawn} starts it with posix_spawnp ({@link Spawn}); for each stdio slot
 * given a pipe handle it makes a socketpair, as libuv does, hands one end to the child and opens
 * the other in the pipe handle. A small daemon thread blocks in waitpid for the child and posts
 * its end to the loop, where {@code onexit(exitCode, signalName)} runs. While the child runs the
 * handle is active, so a referenced child keeps the loop alive.
 */
public final class ProcessWrap {
    private final NodeRuntime runtime;
    private final Handle handle;
    private int pid;
    private boolean exited;

    /** The parent ends of the child's stdio pipes (null where a slot is not a pipe). */
    private PipeWrap[] stdioPipes;

    /** The JavaScript front: the receiver of {@link #onexit}. */
    @Export
    public Value owner;

    /** Called as {@code onexit(exitCode, signalName)}: (code, null) or (null... see JS) on exit. */
    @Export
    public Value onexit;

    @Export
    public ProcessWrap() {
        this.runtime = NodeRuntime.current();
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
            }
        };
    }

    @Export
    public int pid() {
        return pid;
    }

    /**
     * Starts the child. {@code stdio} holds, per child descriptor: null (/dev/null), a number (a
     * parent descriptor to share) or a pipe handle (a new socketpair). Returns null or a Node error
     * code (ENOENT for a command not found, EACCES...).
     */
    @Export
    public String spawn(String file, Value args, Value env, String cwd, Value stdio, boolean detached, int uid, int gid) {
        if (pid != 0 || handle.isClosed()) return Errno.EINVAL.name();
        // posix_spawn cannot change identity; only "no change" is possible.
        if ((uid >= 0 && uid != Libc.geteuid()) || (gid >= 0 && gid != Libc.getegid())) return Errno.EPERM.name();
        int slots = (int) stdio.getArraySize();
        int[] childFds = new int[slots];
        int[] parentEnds = new int[slots];
        PipeWrap[] pipes = new PipeWrap[slots];
        java.util.Arrays.fill(parentEnds, -1);
        String error = null;
        try {
            for (int i = 0; i < slots && error == null; i++) {
                Value entry = stdio.getArrayElement(i);
                if (entry == null || entry.isNull()) {
                    childFds[i] = -1;
                } else if (entry.isNumber()) {
                    childFds[i] = entry.asInt();
                } else if (entry.isHostObject() && entry.asHostObject() instanceof PipeWrap pipe) {
                    int[] pair = Spawn.socketpair();
                    if (pair.length == 1) {
                        error = Errno.fromLinux(-pair[0]).name();
                        break;
                    }
                    parentEnds[i] = pair[0];
                    childFds[i] = pair[1];
                    pipes[i] = pipe;
                } else {
                    error = Errno.EINVAL.name();
                }
            }
            if (error == null) {
                int r = Spawn.spawn(file, strings(args), withJnodeHome(strings(env)), cwd, childFds, detached);
                if (r < 0) {
                    error = Errno.fromLinux(-r).name();
                } else {
                    pid = r;
                }
            }
        } finally {
            for (int i = 0; i < slots; i++) {
                if (pipes[i] == null) continue;
                Spawn.close(childFds[i]);
                if (error == null) {
                    String opened = pipes[i].open(parentEnds[i]);
                    if (opened != null) Spawn.close(parentEnds[i]);
                } else if (parentEnds[i] >= 0) {
                    Spawn.close(parentEnds[i]);
                }
            }
        }
        if (error != null) return error;
        stdioPipes = pipes;
        handle.activate();
        startWaiter(pid);
        return null;
    }

    private static final String JNODE_HOME = System.getProperty("jnode.home");

    /**
     * Tells a child where jnode is installed (JNODE_HOME), unless its environment already says: a
     * copy of the launcher outside the installation (Node's tests copy process.execPath elsewhere
     * and fork it) finds the runtime that way. Not part of process.env, so programs never see it.
     */
    private static List<String> withJnodeHome(List<String> env) {
        if (JNODE_HOME == null) return env;
        for (String pair : env) {
            if (pair.startsWith("JNODE_HOME=")) return env;
        }
        List<String> extended = new java.util.ArrayList<>(env);
        extended.add("JNODE_HOME=" + JNODE_HOME);
        return extended;
    }

    private static List<String> strings(Value array) {
        List<String> list = new ArrayList<>();
        if (array == null || array.isNull()) return list;
        long n = array.getArraySize();
        for (long i = 0; i < n; i++) list.add(array.getArrayElement(i).asString());
        return list;
    }

    private void startWaiter(int child) {
        Thread.ofPlatform().daemon().name("jnode-wait-" + child).stackSize(256 * 1024).start(() -> {
            int status = Spawn.waitFor(child);
            runtime.loop().post(() -> reaped(status));
        });
    }

    /**
     * How many loop turns the exit report may wait for the child's output (see {@link #reaped}).
     * A grandchild that inherited the pipe could keep writing forever; the report must not.
     */
    private static final int MAX_DRAIN_TURNS = 1000;

    /**
     * The child is gone, but what it wrote last may still sit unread in its stdout/stderr pipes.
     * libuv reads those in the same poll that reports the exit, so Node programs see all the
     * output before 'exit' (many end a response or close a file there). The report therefore
     * waits, turn by turn, while the pipes that are being read still deliver data.
     */
    private void reaped(int status) {
        exited = true;
        long seen = bytesReceivedOnPipes();
        // Posted tasks run in the poll phase; counting turns starts at this turn's close phase.
        runtime.loop().deferClose(() -> awaitDrained(status, seen, 0));
    }

    private void awaitDrained(int status, long seen, int turns) {
        // A close-phase callback deferred again runs in the next turn's close phase, after its poll.
        if (turns >= MAX_DRAIN_TURNS || !anyPipeReading() || (turns > 0 && bytesReceivedOnPipes() == seen)) {
            reportExit(status);
            return;
        }
        long now = bytesReceivedOnPipes();
        // The close phase runs after this turn's poll: a deferral is one turn of reading.
        runtime.loop().deferClose(() -> awaitDrained(status, now, turns + 1));
    }

    private long bytesReceivedOnPipes() {
        long total = 0;
        if (stdioPipes != null) for (PipeWrap p : stdioPipes) if (p != null) total += p.bytesReceived();
        return total;
    }

    private boolean anyPipeReading() {
        if (stdioPipes != null) for (PipeWrap p : stdioPipes) if (p != null && p.readingInput()) return true;
        return false;
    }

    private void reportExit(int status) {
        handle.deactivate();
        // As v0.10's binding reports it: (exit status, signal name), 0 for the status of a child
        // killed by a signal and "" for the signal of one that exited (child_process tells them
        // apart by the signal's truthiness).
        int code;
        String signal = "";
        if (status < 0) {
            code = -1;
        } else if (Spawn.signaled(status)) {
            code = 0;
            signal = signalName(Spawn.termSignal(status));
        } else {
            code = Spawn.exitCode(status);
        }
        if (onexit != null && onexit.canExecute() && !handle.isClosed()) {
            runtime.callback(owner != null ? owner : this, onexit, code, signal);
        }
    }

    /** Sends {@code signal} to the child; null or a Node error code (ESRCH once it is gone). */
    @Export
    public String kill(int signal) {
        if (pid == 0) return Errno.ESRCH.name();
        if (exited) return Errno.ESRCH.name();
        try {
            Libc.kill(pid, signal);
            return null;
        } catch (PosixException e) {
            return e.errno.name();
        }
    }

    @Export
    public void close(Value callback) {
        if (handle.isClosed()) return;
        handle.close();
        if (callback != null && callback.canExecute()) {
            runtime.loop().deferClose(() -> runtime.callback(owner != null ? owner : this, callback));
        }
    }

    @Export
    public void ref() {
        handle.ref();
    }

    @Export
    public void unref() {
        handle.unref();
    }

    private static String signalName(int signum) {
        for (var e : ConstantsBinding.SIGNALS.entrySet()) {
            if (e.getValue() == signum) return e.getKey();
        }
        return "SIG" + signum;
    }
}
