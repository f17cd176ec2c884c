package jnode.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Native memory that is not zeroed first, for bytes about to be overwritten anyway (a socket read
 * slab, a file read into a new Buffer). {@code ByteBuffer.allocateDirect} clears every byte it
 * hands out; a 64 KiB socket read into a fresh slab paid a 64 KiB memset on top of the kernel's
 * copy (~7% of the loop thread in TCP echo). Node's own Buffers are uninitialized memory as well.
 *
 * <p>The memory comes from malloc and is freed like a direct ByteBuffer's: when the last reference
 * to the buffer (or to a slice or duplicate of it) is gone, through an automatic Arena's cleaner.
 * The JDK counts allocateDirect memory and collects garbage when it runs short; this memory is not
 * in that count, so past {@link #UNCOUNTED_LIMIT} outstanding bytes allocations fall back to
 * allocateDirect, whose accounting then triggers the collection that frees both.
 */
public final class RawMemory {
    private RawMemory() {}

    /** Outstanding uninitialized bytes beyond which allocations go through the JDK's accounting. */
    static final long UNCOUNTED_LIMIT = 256L * 1024 * 1024;

    private static final AtomicLong OUTSTANDING = new AtomicLong();

    private static final class Calls {
        static final Linker LINKER = Linker.nativeLinker();
        static final MethodHandle MALLOC = LINKER.downcallHandle(
                LINKER.defaultLookup().find("malloc").orElseThrow(), FunctionDescriptor.of(ADDRESS, JAVA_LONG));
        static final MethodHandle FREE = LINKER.downcallHandle(
                LINKER.defaultLookup().find("free").orElseThrow(), FunctionDescriptor.ofVoid(ADDRESS));
    }

    /** {@code size} bytes of unspecified content, big-endian like any new ByteBuffer, position 0, limit size. */
    public static ByteBuffer allocate(int size) {
        if (size <= 0) return ByteBuffer.allocateDirect(Math.max(size, 0));
        if (OUTSTANDING.addAndGet(size) > UNCOUNTED_LIMIT) {
            OUTSTANDING.addAndGet(-size);
            return ByteBuffer.allocateDirect(size);
        }
        MemorySegment raw;
        try {
            raw = (MemorySegment) Calls.MALLOC.invokeExact((long) size);
        } catch (Throwable t) {
            OUTSTANDING.addAndGet(-size);
            throw new IllegalStateException("malloc failed", t);
        }
        if (raw.equals(MemorySegment.NULL)) {
            OUTSTANDING.addAndGet(-size);
            return ByteBuffer.allocateDirect(size); // let the JDK report the shortage its own way
        }
        return raw.reinterpret(size, Arena.ofAuto(), segment -> release(segment, size)).asByteBuffer();
    }

    /** Runs on the cleaner thread once the memory is unreachable. */
    private static void release(MemorySegment segment, int size) {
        try {
            Calls.FREE.invokeExact(segment);
        } catch (Throwable t) {
            throw new IllegalStateException("free failed", t);
        }
        OUTSTANDING.addAndGet(-size);
    }

    /** Bytes handed out and not yet freed (for tests). */
    public static long outstanding() {
        return OUTSTANDING.get();
    }
}
