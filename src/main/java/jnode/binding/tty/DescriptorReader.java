package jnode.binding.tty;

import jnode.posix.RawMemory;
import jnode.posix.Libc;
import jnode.posix.PosixException;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;

/**
 * Reads a descriptor (a terminal, or whatever a TTY handle was opened on) on a thread of its own,
 * because a read(2) on a terminal blocks and cannot share the loop thread. It reads only while
 * reading is wanted: it waits in poll(2) on the descriptor and on a wake-up pipe, and reads only
 * when the descriptor has input and reading is still wanted, so a stopped reader takes no bytes
 * from the terminal that another process (a child with inherited stdio, a later reader) expects.
 * {@link #stop()} and {@link #close(boolean)} wake it through the pipe.
 *
 * <p>Each chunk goes to {@link Sink#data} as a direct ByteBuffer of exactly the bytes read; the
 * end of input (read returns 0) or a read error goes to {@link Sink#end} once, and the thread ends.
 * The sink is called on this thread; it hands the results to the loop.
 */
final class DescriptorReader {
    /** Where the results go (called on the reader thread). */
    interface Sink {
        void data(ByteBuffer chunk);

        /** {@code error} is null for end of input, else the errno of the failed read. */
        void end(PosixException error);
    }

    private static final int CHUNK = 64 * 1024;

    private final int fd;
    private final Sink sink;
    private final int[] wake;
    private final Thread thread;
    private boolean wanted;
    private boolean closing;
    private boolean closeFd;
    private boolean wakePending;
    private boolean finished;

    DescriptorReader(int fd, Sink sink) throws PosixException {
        this.fd = fd;
        this.sink = sink;
        this.wake = Libc.pipe(true);
        this.thread = new Thread(this::run, "jnode-tty-" + fd);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    synchronized void start() {
        wanted = true;
        notifyAll();
    }

    synchronized void stop() {
        if (!wanted) return;
        wanted = false;
        nudge();
    }

    /**
     * Ends the thread. Returns false when it has ended already (end of input): then the caller
     * closes {@code fd} itself if it should; otherwise the thread closes it on the way out when
     * {@code closeFd}, so the descriptor is never closed under a poll or read still using it.
     */
    synchronized boolean close(boolean closeFd) {
        if (finished) return false;
        closing = true;
        this.closeFd = closeFd;
        notifyAll();
        nudge();
        return true;
    }

    /** Wakes the thread from poll(2); at most one wake-up byte is ever in the pipe. Holds the lock. */
    private void nudge() {
        if (finished || wakePending) return;
        wakePending = true;
        try (Arena a = Arena.ofConfined()) {
            Libc.writeFully(wake[1], a.allocate(1));
        } catch (PosixException | RuntimeException ignored) {
            // cannot happen with an empty pipe we own
        }
    }

    private synchronized boolean waitUntilWanted() throws InterruptedException {
        while (!wanted && !closing) wait();
        return !closing;
    }

    private synchronized boolean stillWanted() {
        return wanted && !closing;
    }

    private void run() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(CHUNK);
            MemorySegment drain = arena.allocate(64);
            int[] watched = {fd, wake[0]};
            while (waitUntilWanted()) {
                short[] ready = Libc.poll(watched, Libc.POLLIN, -1);
                if (ready[1] != 0) {
                    drainWake(drain);
                    continue;                       // re-check what is wanted
                }
                if (ready[0] == 0 || !stillWanted()) continue;
                int n;
                try {
                    n = Libc.read(fd, buffer);
                } catch (PosixException e) {
                    if (e.errno == jnode.posix.Errno.EAGAIN) continue;   // a non-blocking descriptor raced us
                    sink.end(e);
                    return;
                }
                if (n == 0) {
                    sink.end(null);
                    return;
                }
                ByteBuffer chunk = RawMemory.allocate(n);
                MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, MemorySegment.ofBuffer(chunk), ValueLayout.JAVA_BYTE, 0, n);
                sink.data(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (PosixException e) {
            sink.end(e);
        } finally {
            finish();
        }
    }

    private void drainWake(MemorySegment drain) {
        synchronized (this) {
            wakePending = false;
        }
        try {
            while (Libc.read(wake[0], drain) > 0) {
                // empty the pipe; one wake-up is as good as many
            }
        } catch (PosixException ignored) {
            // EAGAIN: it is empty
        }
    }

    private synchronized void finish() {
        finished = true;
        Libc.close(wake[0]);
        Libc.close(wake[1]);
        if (closing && closeFd) Libc.close(fd);
    }
}
