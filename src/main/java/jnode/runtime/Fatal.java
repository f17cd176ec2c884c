package jnode.runtime;

import jnode.posix.Libc;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors no JavaScript code can handle, reported as Node v0.10 reports its own: a "FATAL ERROR"
 * line on stderr, then abort() (SIGABRT, so a parent sees the signal, or status 134 from a shell).
 * Without this, a Java error escaping a thread printed a Java stack trace and, on the loop
 * thread, ended the process with status 0 as if the program had succeeded.
 */
public final class Fatal {
    private Fatal() {}

    /** V8's words for an exhausted heap (Node v0.10 prints this and aborts). */
    private static final byte[] OUT_OF_MEMORY =
            "FATAL ERROR: JS Allocation failed - process out of memory\n".getBytes(StandardCharsets.US_ASCII);
    // Created up front: when the heap is exhausted, creating a stream may fail too.
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);
    /** Heap held back for the way out: the first call into libc builds classes, which needs memory. */
    private static byte[] reserve;

    /** Makes an error that escapes any thread fatal, instead of ending just that thread. */
    public static void install() {
        reserve = new byte[1 << 20];
        Libc.prepareAbort();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> of(error));
    }

    /** Ends the process for {@code error}, which nothing handled. */
    public static void of(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            outOfMemory();
        } else {
            report(("FATAL ERROR: jnode internal error: " + describe(error) + "\n").getBytes(StandardCharsets.UTF_8));
            abort();
        }
    }

    /** The heap is exhausted: Node's message, then abort. */
    public static void outOfMemory() {
        report(OUT_OF_MEMORY);
        abort();
    }

    /** abort(3) as Node calls it: the process dies of SIGABRT. */
    public static void abort() {
        reserve = null;
        System.out.flush();
        System.err.flush();
        try {
            Libc.abort();
        } catch (Throwable ignored) {
            // no libc call possible: end with the status a shell shows for abort()
        }
        Exit.halt(134);
    }

    /**
     * How V8 ends a process under --abort-on-uncaught-exception on Linux: OS::Abort() breaks into
     * the debugger first, so with none attached the process dies of SIGTRAP (core dump, status 133
     * from a shell), not SIGABRT.
     */
    public static void trap() {
        reserve = null;
        System.out.flush();
        System.err.flush();
        Libc.dieOfSignal(SIGTRAP);
        Exit.halt(128 + SIGTRAP);
    }

    private static final int SIGTRAP = 5;

    private static String describe(Throwable error) {
        String message = error.getMessage();
        String kind = error.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }

    private static void report(byte[] line) {
        try {
            ERR.write(line);
        } catch (IOException | RuntimeException ignored) {
            // stderr is gone; the exit status still tells
        }
    }
}
