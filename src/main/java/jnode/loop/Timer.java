package jnode.loop;

/**
 * A one-shot or repeating timer on the loop's clock (libuv's uv_timer_t). Due times are in loop
 * milliseconds ({@link EventLoop#now()}), which advance once per loop iteration.
 */
public final class Timer extends Handle {
    long due;
    long sequence;
    int heapIndex = -1;
    private long repeat;
    private final Runnable onTimeout;

    public Timer(EventLoop loop, Runnable onTimeout) {
        super(loop);
        this.onTimeout = onTimeout;
    }

    /** Starts (or restarts) the timer: first fire after {@code timeoutMs}, then every {@code repeatMs} if > 0. */
    public void start(long timeoutMs, long repeatMs) {
        if (isClosed()) return;
        loop.timers().remove(this);
        this.repeat = Math.max(0, repeatMs);
        this.due = loop.now() + Math.max(0, timeoutMs);
        this.sequence = loop.nextTimerSequence();
        loop.timers().add(this);
        activate();
    }

    public void stop() {
        loop.timers().remove(this);
        deactivate();
    }

    /** Restarts a repeating timer from now, as uv_timer_again. */
    public void again() {
        if (repeat > 0) start(repeat, repeat);
    }

    public long getRepeat() {
        return repeat;
    }

    public void setRepeat(long repeatMs) {
        this.repeat = Math.max(0, repeatMs);
    }

    /** Called by the loop when the timer is due; reschedules repeating timers before the callback. */
    void expire() {
        loop.timers().remove(this);
        if (repeat > 0) {
            start(repeat, repeat);
        } else {
            deactivate();
        }
        onTimeout.run();
    }

    @Override
    protected void onClose() {
        loop.timers().remove(this);
    }
}
