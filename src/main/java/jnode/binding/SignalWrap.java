package jnode.binding;

import jnode.loop.Handle;
import jnode.posix.Libc;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code process.binding('signal_wrap').Signal}: delivers a POSIX signal to JavaScript as
 * {@code onsignal(signum)} on the loop thread (how {@code process.on('SIGINT', ...)} works). The
 * JVM's signal dispatcher thread only posts to the loop. While a watcher for a signal is started,
 * the signal no longer has its default effect (terminating the process), as in Node.
 */
public final class SignalWrap {
    /** Watchers per signal number; several may watch one signal. */
    private static final Map<Integer, java.util.List<SignalWrap>> WATCHERS = new HashMap<>();
    private static final Map<Integer, SignalHandler> PREVIOUS = new HashMap<>();

    private final NodeRuntime runtime;
    private final Handle handle;
    private int signum;
    @Export
    public Value onsignal;

    @Export
    public SignalWrap() {
        this.runtime = NodeRuntime.current();
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
                stopWatching();
            }
        };
    }

    /**
     * Gives SIGHUP, SIGINT and SIGTERM their default action back, for as long as JavaScript does
     * not watch them: the JVM's own handlers run shutdown hooks and exit with status 128 + n, so a
     * parent saw an exit code (143) where Node's process dies of the signal (code null, signal
     * 'SIGTERM'). The default action is set in the kernel (SIG_DFL), not emulated by a Java
     * handler: a Java handler runs only once the JVM's signal dispatcher has started a thread for
     * it, which a process busy collecting a huge heap may not do for a long time, while the kernel
     * ends the process at once. A watcher that starts installs the JVM's handler; the last one to
     * stop puts SIG_DFL back (what {@code Signal.handle} reported as the previous handler).
     * Signals the process inherited as ignored stay ignored (the JVM refuses handlers for them),
     * as in Node.
     */
    public static void restoreDefaultActions() {
        for (String name : new String[] {"HUP", "INT", "TERM"}) {
            Libc.defaultActionUnlessIgnored(new Signal(name).getNumber());
        }
    }

    /** Starts watching; returns 0, or a negative number if the JVM will not let us handle it. */
    @Export
    public int start(int signum) {
        if (handle.isClosed()) return -1;
        stopWatching();
        String name = signalName(signum);
        if (name == null) return -1;
        synchronized (WATCHERS) {
            var list = WATCHERS.computeIfAbsent(signum, k -> new java.util.ArrayList<>());
            if (list.isEmpty()) {
                try {
                    Libc.unignoreSignal(signum);
                    PREVIOUS.put(signum, Signal.handle(new Signal(name), s -> dispatch(signum)));
                } catch (IllegalArgumentException reservedByJvm) {
                    WATCHERS.remove(signum);
                    return -1;
                }
            }
            list.add(this);
        }
        this.signum = signum;
        handle.activate();
        return 0;
    }

    private static void dispatch(int signum) {
        java.util.List<SignalWrap> targets;
        synchronized (WATCHERS) {
            targets = java.util.List.copyOf(WATCHERS.getOrDefault(signum, java.util.List.of()));
        }
        for (SignalWrap w : targets) {
            w.runtime.loop().post(() -> {
                if (w.signum == signum && w.onsignal != null && !w.handle.isClosed()) {
                    w.runtime.callback(w, w.onsignal, signum);
                }
            });
        }
    }

    private void stopWatching() {
        if (signum == 0) return;
        synchronized (WATCHERS) {
            var list = WATCHERS.get(signum);
            if (list != null) {
                list.remove(this);
                if (list.isEmpty()) {
                    WATCHERS.remove(signum);
                    SignalHandler previous = PREVIOUS.remove(signum);
                    if (previous != null) Signal.handle(new Signal(signalName(signum)), previous);
                }
            }
        }
        signum = 0;
        handle.deactivate();
    }

    @Export
    public int stop() {
        stopWatching();
        return 0;
    }

    @Export
    public void ref() {
        handle.ref();
    }

    @Export
    public void unref() {
        handle.unref();
    }

    @Export
    public void close() {
        handle.close();
    }

    private static String signalName(int signum) {
        for (var e : ConstantsBinding.SIGNALS.entrySet()) {
            if (e.getValue() == signum) return e.getKey().substring(3);
        }
        return null;
    }
}
