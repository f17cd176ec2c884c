package jnode.loop;

import jnode.posix.PosixThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The small thread pool for blocking work (file system calls, getaddrinfo, zlib, crypto), as
 * libuv's uv_queue_work. Work runs off the loop thread; its completion is posted back and runs on
 * the loop thread, where the JavaScript callback may be invoked. Each job is a pending request,
 * so the loop stays alive until its completion has run.
 */
public final class WorkerPool {
    /** The blocking part of a job; may throw, the failure is handed to the completion. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** What a job produced: a value or the exception its work threw. */
    public record Outcome<T>(T value, Exception error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final EventLoop loop;
    private final int size;
    private ThreadPoolExecutor executor;

    WorkerPool(EventLoop loop, int size) {
        this.loop = loop;
        this.size = size;
    }

    /** Called on the loop thread. {@code done} runs on the loop thread when the work finishes. */
    public <T> void submit(Work<T> work, Consumer<Outcome<T>> done) {
        loop.beginRequest();
        executor().execute(() -> {
            Outcome<T> outcome;
            try {
                outcome = new Outcome<>(work.run(), null);
            } catch (Exception e) {
                outcome = new Outcome<>(null, e);
            }
            Outcome<T> result = outcome;
            loop.post(() -> {
                loop.endRequest();
                done.accept(result);
            });
        });
    }

    // Threads start on first use: most short programs never touch the pool.
    private ThreadPoolExecutor executor() {
        if (executor == null) {
            AtomicInteger n = new AtomicInteger();
            executor = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new PosixThread(r, "jnode-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            executor.allowCoreThreadTimeOut(true);
        }
        return executor;
    }

    void shutdown() {
        if (executor != null) executor.shutdownNow();
    }
}
