package jnode.loop;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ManualIoEventLoop;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * The event loop, with libuv's phases and liveness rule, driven on the one thread that owns the
 * JavaScript context.
 *
 * <p>Each iteration: update the loop clock, run due timers, run idle callbacks, poll for I/O
 * (Netty's epoll handler, which also runs tasks posted from other threads, such as worker-pool
 * completions), run check callbacks (setImmediate), then run close callbacks. The loop ends when
 * no active referenced handle, pending request, idle/check work or close callback remains.
 *
 * <p>Netty's {@link ManualIoEventLoop} lets this thread own the epoll loop instead of Netty
 * owning a thread of its own, so socket callbacks run on the same thread as JavaScript with no
 * hand-off and no locks.
 */
public final class EventLoop {
    private final ManualIoEventLoop io;
    private final TimerHeap timers = new TimerHeap();
    private final ArrayDeque<Runnable> closing = new ArrayDeque<>();
    private final WorkerPool workers;
    private final long startNanos = System.nanoTime();
    private long now;
    private long timerSequence;
    private int aliveHandles;
    private int pendingRequests;
    private Runnable idleCallback;
    private Runnable checkCallback;
    /**
     * Whether the idle phase (byte {@link #IDLE}) and the check phase (byte {@link #CHECK}) are
     * active. Kept in memory JavaScript can write directly ({@link #phaseFlags}): process.nextTick
     * turns the idle phase on and off around every batch of ticks, and a call into Java each time
     * was ~10% of a stream pipeline's time. Only the loop thread reads or writes it.
     */
    private final ByteBuffer phaseFlags = ByteBuffer.allocateDirect(2);
    public static final int IDLE = 0;
    public static final int CHECK = 1;
    private volatile boolean stopped;

    public EventLoop(Thread owner, int workerThreads) {
        this.io = new ManualIoEventLoop(owner, ioHandlerFactory());
        this.workers = new WorkerPool(this, workerThreads);
        updateTime();
    }

    private static IoHandlerFactory ioHandlerFactory() {
        // epoll is the transport; NIO only keeps jnode usable where the native library cannot load.
        return Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    }

    /** Netty's view of this loop, for registering channels. */
    public ManualIoEventLoop io() {
        return io;
    }

    public WorkerPool workers() {
        return workers;
    }

    /** Loop time in milliseconds: cached per iteration, as uv_now. */
    public long now() {
        return now;
    }

    public void updateTime() {
        now = (System.nanoTime() - startNanos) / 1_000_000L;
    }

    TimerHeap timers() {
        return timers;
    }

    long nextTimerSequence() {
        return timerSequence++;
    }

    void adjustAliveHandles(int delta) {
        aliveHandles += delta;
    }

    /** A request (an fs call, a DNS lookup, a write) has started; the loop stays alive until it ends. */
    public void beginRequest() {
        pendingRequests++;
    }

    public void endRequest() {
        pendingRequests--;
    }

    /**
     * Runs {@code task} on the loop thread soon; safe to call from any thread. The loop time is
     * brought up to date first, as libuv does when its poll returns: the task usually ends a
     * wait (a worker-pool job, a watcher event), and timers it starts must count from now, not
     * from before the wait.
     */
    public void post(Runnable task) {
        io.execute(() -> {
            updateTime();
            task.run();
        });
    }

    /** Defers {@code callback} to the close phase of this iteration (how uv_close reports). */
    public void deferClose(Runnable callback) {
        closing.add(callback);
    }

    /** The idle phase runs before polling and keeps the poll from blocking while active. */
    public void setIdleCallback(Runnable callback) {
        this.idleCallback = callback;
    }

    public void setIdleActive(boolean active) {
        phaseFlags.put(IDLE, (byte) (active ? 1 : 0));
    }

    /**
     * The phase flags' memory, for JavaScript to write through a typed array: a non-zero byte at
     * {@link #IDLE} or {@link #CHECK} makes that phase active, as the setters do.
     */
    public ByteBuffer phaseFlags() {
        return phaseFlags;
    }

    private boolean idleActive() {
        return phaseFlags.get(IDLE) != 0;
    }

    private boolean checkActive() {
        return phaseFlags.get(CHECK) != 0;
    }

    /** The check phase runs right after polling (setImmediate callbacks run here). */
    public void setCheckCallback(Runnable callback) {
        this.checkCallback = callback;
    }

    public void setCheckActive(boolean active) {
        phaseFlags.put(CHECK, (byte) (active ? 1 : 0));
    }

    public boolean isAlive() {
        return aliveHandles > 0 || pendingRequests > 0 || idleActive() || checkActive() || !closing.isEmpty();
    }

    public void stop() {
        stopped = true;
    }

    /** Runs the loop until nothing keeps it alive, or until {@link #stop()}. */
    public void run() {
        while (!stopped && isAlive()) {
            runOnce();
        }
    }

    private void runOnce() {
        updateTime();
        runTimers();
        if (idleActive() && idleCallback != null) idleCallback.run();
        io.run(pollWaitNanos(), TASK_BUDGET_NANOS);
        updateTime();
        if (checkActive() && checkCallback != null) checkCallback.run();
        runClosing();
    }

    /**
     * How long one poll phase may spend running posted tasks (worker-pool completions...) before
     * the loop moves on. Netty would otherwise keep running tasks for as long as other threads
     * keep posting them, and a flood of fs completions would starve timers and the other phases;
     * what is left runs in the next iteration, in order. (libuv bounds this phase similarly: it
     * runs the completions that were queued when the phase began.)
     */
    private static final long TASK_BUDGET_NANOS = 2_000_000L;

    /** ManualIoEventLoop's convention: -1 = do not block, 0 = block until woken, n = at most n ns. */
    private long pollWaitNanos() {
        if (stopped || idleActive() || checkActive() || !closing.isEmpty()) return -1;
        if (!isAlive()) return -1;
        Timer next = timers.peek();
        if (next == null) return 0;
        long waitMs = next.due - now;
        return waitMs <= 0 ? -1 : waitMs * 1_000_000L;
    }

    private void runTimers() {
        for (;;) {
            Timer t = timers.peek();
            if (t == null || t.due > now || stopped) return;
            t.expire();
        }
    }

    private void runClosing() {
        int n = closing.size();
        for (int i = 0; i < n && !stopped; i++) {
            closing.poll().run();
        }
    }

    /** Releases the poller and the worker threads once the process is done with the loop. */
    public void shutdown() {
        workers.shutdown();
        io.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.MILLISECONDS);
        io.runNow();
    }
}
