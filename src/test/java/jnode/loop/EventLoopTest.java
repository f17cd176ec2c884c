package jnode.loop;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loop's phases, timer order and liveness rule, without any JavaScript. */
@Timeout(30)
@org.junit.jupiter.api.parallel.Isolated
class EventLoopTest {
    private EventLoop loop;

    @BeforeEach
    void create() {
        loop = new EventLoop(Thread.currentThread(), 2);
    }

    @AfterEach
    void destroy() {
        loop.shutdown();
    }

    @Test
    void emptyLoopEndsAtOnce() {
        assertFalse(loop.isAlive());
        loop.run();
    }

    @Test
    void timersFireByDueTimeThenStartOrder() {
        List<String> fired = new ArrayList<>();
        new Timer(loop, () -> fired.add("b20")).start(20, 0);
        new Timer(loop, () -> fired.add("a5")).start(5, 0);
        new Timer(loop, () -> fired.add("c5")).start(5, 0);
        new Timer(loop, () -> fired.add("d0")).start(0, 0);
        loop.run();
        assertEquals(List.of("d0", "a5", "c5", "b20"), fired);
    }

    @Test
    void stoppedTimerNeverFiresAndRestartMovesIt() {
        List<String> fired = new ArrayList<>();
        Timer stopped = new Timer(loop, () -> fired.add("stopped"));
        stopped.start(1, 0);
        stopped.stop();
        Timer moved = new Timer(loop, () -> fired.add("moved"));
        moved.start(1, 0);
        new Timer(loop, () -> fired.add("other")).start(5, 0);
        moved.start(10, 0);
        loop.run();
        assertEquals(List.of("other", "moved"), fired);
    }

    @Test
    void repeatingTimerRunsUntilStopped() {
        int[] count = {0};
        Timer[] self = new Timer[1];
        self[0] = new Timer(loop, () -> {
            if (++count[0] == 5) self[0].stop();
        });
        self[0].start(1, 1);
        loop.run();
        assertEquals(5, count[0]);
    }

    @Test
    void unreferencedHandleDoesNotKeepLoopAlive() {
        boolean[] fired = {false, false};
        Timer background = new Timer(loop, () -> fired[0] = true);
        background.start(10_000, 0);
        background.unref();
        new Timer(loop, () -> fired[1] = true).start(5, 0);
        long start = System.nanoTime();
        loop.run();
        assertTrue(fired[1]);
        assertFalse(fired[0]);
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000);
        background.ref();
        assertTrue(loop.isAlive(), "ref() makes the active timer count again");
        background.close();
        assertFalse(loop.isAlive());
    }

    @Test
    void workerCompletionRunsOnLoopThreadAndKeepsLoopAlive() {
        Thread loopThread = Thread.currentThread();
        List<Object> seen = new ArrayList<>();
        loop.workers().submit(() -> {
            Thread.sleep(50);
            return Thread.currentThread().getName();
        }, outcome -> {
            seen.add(outcome.value());
            seen.add(Thread.currentThread());
        });
        loop.workers().submit(() -> {
            throw new IllegalStateException("work failed");
        }, outcome -> seen.add(outcome.error().getMessage()));
        assertTrue(loop.isAlive());
        loop.run();
        assertEquals(3, seen.size());
        assertTrue(seen.contains("work failed"));
        assertTrue(((String) seen.get(seen.indexOf(loopThread) - 1)).startsWith("jnode-worker-"));
        assertSame(loopThread, seen.get(seen.indexOf(loopThread)));
    }

    @Test
    void postFromAnotherThreadWakesBlockedPoll() throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        List<String> ran = new ArrayList<>();
        loop.beginRequest();
        Thread other = new Thread(() -> {
            try {
                ready.await();
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            loop.post(() -> {
                ran.add("posted");
                loop.endRequest();
            });
        });
        other.start();
        ready.countDown();
        loop.run();
        other.join();
        assertEquals(List.of("posted"), ran);
    }

    @Test
    void phasesRunInLibuvOrder() {
        List<String> order = new ArrayList<>();
        loop.setCheckCallback(() -> {
            order.add("check");
            loop.setCheckActive(false);
            loop.deferClose(() -> order.add("close"));
        });
        loop.setCheckActive(true);
        loop.setIdleCallback(() -> {
            order.add("idle");
            loop.setIdleActive(false);
        });
        loop.setIdleActive(true);
        new Timer(loop, () -> order.add("timer")).start(0, 0);
        loop.post(() -> order.add("io-task"));
        loop.run();
        assertEquals(List.of("timer", "idle", "io-task", "check", "close"), order);
    }
}
