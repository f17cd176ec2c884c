package jnode.binding;

import jnode.loop.Timer;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * {@code process.binding('timer_wrap').Timer}: a loop timer handle for lib/timers.js. JavaScript
 * sets {@code ontimeout}; the loop calls it (with nextTick processing afterwards) when due.
 */
public final class TimerWrap {
    private final NodeRuntime runtime;
    private final Timer timer;
    @Export
    public Value ontimeout;

    @Export
    public TimerWrap() {
        this.runtime = NodeRuntime.current();
        this.timer = new Timer(runtime.loop(), this::fire);
    }

    private void fire() {
        if (ontimeout != null && ontimeout.canExecute()) runtime.callback(this, ontimeout);
    }

    /**
     * Loop time in milliseconds, brought up to date first (as Node v0.10.40's Timer.now()), so a
     * timer started after a long callback counts from the real present, not from the start of
     * the loop iteration.
     */
    @Export
    public static double now() {
        var loop = NodeRuntime.current().loop();
        loop.updateTime();
        return loop.now();
    }

    private static long toMillis(double ms) {
        return Double.isNaN(ms) || ms < 0 ? 0 : (long) ms;
    }

    @Export
    public int start(double timeoutMs, double repeatMs) {
        runtime.loop().updateTime();
        timer.start(toMillis(timeoutMs), toMillis(repeatMs));
        return 0;
    }

    @Export
    public int stop() {
        timer.stop();
        return 0;
    }

    @Export
    public int again() {
        timer.again();
        return 0;
    }

    @Export
    public void setRepeat(double repeatMs) {
        timer.setRepeat(toMillis(repeatMs));
    }

    @Export
    public double getRepeat() {
        return timer.getRepeat();
    }

    @Export
    public void ref() {
        timer.ref();
    }

    @Export
    public void unref() {
        timer.unref();
    }

    @Export
    public boolean hasRef() {
        return timer.hasRef();
    }

    /** Closes the handle; {@code callback} (optional) runs in the loop's close phase. */
    @Export
    public void close(Value callback) {
        if (timer.isClosed()) return;
        timer.close();
        if (callback != null && callback.canExecute()) {
            runtime.loop().deferClose(() -> runtime.callback(this, callback));
        }
    }

    @Export
    public void close() {
        close(null);
    }
}
