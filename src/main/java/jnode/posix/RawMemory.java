package jnode.posix;

import java.lang.ref.Cleaner;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Native memory for Buffers, not zeroed first and recycled, for bytes about to be overwritten
 * anyway (a socket read slab, a file read into a new Buffer, a decoded string).
 * <ul>
 * <li>{@code ByteBuffer.allocateDirect} clears every byte it hands out: a 64 KiB socket read into
 *     a fresh slab paid a 64 KiB memset on top of the kernel's copy (~7% of the loop thread in TCP
 *     echo). Node's own Buffers are uninitialized memory as well.</li>
 * <li>Memory is freed only when a garbage collection finds its ByteBuffer unreachable, by then
 *     many blocks at once; glibc gives large blocks back to the kernel, and touching fresh pages
 *     again costs a page fault each (~11 µs in this VM: ~3 ms per MiB). So blocks of 16 KiB to
 *     16 MiB are rounded up to a power of two and, once unreachable, kept for the next
 *     allocation of their size (at most {@link #POOL_LIMIT} bytes in all).</li>
 * </ul>
 * The memory is freed (or pooled) like a direct ByteBuffer's: by a cleaner, once the buffer is
 * unreachable (its slices and duplicates reference it, so they keep it alive). The JDK
 * counts allocateDirect memory and collects garbage when it runs short; this memory is not in
 * that count, so past {@link #UNCOUNTED_LIMIT} bytes in use allocations fall back to
 * allocateDirect. Collections come often enough because every allocation here is counted by
 * {@link NativePressure}.
 */
public final class RawMemory {
    private RawMemory() {}

    /**
     * Bytes in use beyond which allocations go through the JDK's accounting. Above what
     * {@link NativePressure} lets pile up between collections: at 128 MiB (half its step), half
     * of a busy program's Buffers came from allocateDirect, which zeroes them (utf8 encoding of
     * 1 MiB strings spent 15% of its time there).
     */
    static final long UNCOUNTED_LIMIT = 2 * NativePressure.STEP;
    /** Most bytes kept in freed blocks for reuse. */
    static final long POOL_LIMIT = 32L * 1024 * 1024;
    private static final int MIN_POOLED = 16 * 1024;
    private static final int MAX_POOLED_SHIFT = 24;
    private static final int MAX_POOLED = 1 << MAX_POOLED_SHIFT;

    private static final AtomicLong IN_USE = new AtomicLong();
    private static final Cleaner CLEANER = Cleaner.create();

    /** Freed blocks by size class (index = log2 of the block size); guarded by itself. */
    private static final long[][] POOL = new long[MAX_POOLED_SHIFT + 1][];
    private static final int[] POOLED_COUNT = new int[MAX_POOLED_SHIFT + 1];
    private static long pooledBytes;

    private static final class Calls {
        static final Linker LINKER = Linker.nativeLinker();
        static final MethodHandle MALLOC = LINKER.downcallHandle(
                LINKER.defaultLookup().find("malloc").orElseThrow(), FunctionDescriptor.of(ADDRESS, JAVA_LONG));
        static final MethodHandle FREE = LINKER.downcallHandle(
                LINKER.defaultLookup().find("free").orElseThrow(), FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * The JDK's own constructor for a direct buffer over memory it does not own (JNI's
     * NewDirectByteBuffer uses it), or null where java.nio is not open to us. A buffer made by
     * MemorySegment.asByteBuffer() instead carries the segment's scope, and GraalJS's element
     * access checks it on every read: summing a Buffer ran ~22% slower over such memory.
     */
    private static final MethodHandle NEW_DIRECT_BUFFER = directBufferConstructor();

    private static MethodHandle directBufferConstructor() {
        try {
            Class<?> c = Class.forName("java.nio.DirectByteBuffer");
            return MethodHandles.privateLookupIn(c, MethodHandles.lookup())
                    .findConstructor(c, MethodType.methodType(void.class, long.class, long.class))
                    .asType(MethodType.methodType(ByteBuffer.class, long.class, long.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static ByteBuffer wrap(long address, int size) {
        try {
            return (ByteBuffer) NEW_DIRECT_BUFFER.invokeExact(address, (long) size);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot wrap native memory", t);
        }
    }

    /** {@code size} bytes of unspecified content, big-endian like any new ByteBuffer, position 0, limit size. */
    public static ByteBuffer allocate(int size) {
        NativePressure.allocated(size);
        if (size <= 0 || NEW_DIRECT_BUFFER == null) return ByteBuffer.allocateDirect(Math.max(size, 0));
        if (size > MAX_POOLED) return ByteBuffer.allocateDirect(size);
        int shift = pooledShift(size);
        long block = shift < 0 ? size : 1L << shift;
        if (IN_USE.addAndGet(block) > UNCOUNTED_LIMIT) {
            IN_USE.addAndGet(-block);
            return ByteBuffer.allocateDirect(size);
        }
        long address = shift < 0 ? 0 : takePooled(shift);
        if (address == 0) address = malloc(block);
        if (address == 0) {
            IN_USE.addAndGet(-block);
            return ByteBuffer.allocateDirect(size); // let the JDK report the shortage its own way
        }
        long freedAddress = address;
        ByteBuffer buffer = wrap(address, size);
        CLEANER.register(buffer, () -> release(freedAddress, block, shift));
        return buffer;
    }

    /** {@code size} zeroed bytes: {@link #allocate} plus a memset, still cheaper than fresh pages. */
    public static ByteBuffer allocateZeroed(int size) {
        if (size > MAX_POOLED || NEW_DIRECT_BUFFER == null) {
            NativePressure.allocated(size);
            return ByteBuffer.allocateDirect(Math.max(size, 0));
        }
        ByteBuffer b = allocate(size);
        if (size > 0) MemorySegment.ofBuffer(b).fill((byte) 0);
        return b;
    }

    /** log2 of the pooled block that holds {@code size} bytes, or -1 below the pooled sizes. */
    private static int pooledShift(int size) {
        return size < MIN_POOLED ? -1 : 32 - Integer.numberOfLeadingZeros(size - 1);
    }

    private static long takePooled(int shift) {
        synchronized (POOL) {
            int n = POOLED_COUNT[shift];
            if (n == 0) return 0;
            POOLED_COUNT[shift] = n - 1;
            pooledBytes -= 1L << shift;
            return POOL[shift][n - 1];
        }
    }

    /** Runs on the cleaner thread once the memory is unreachable: back to the pool, or to malloc. */
    private static void release(long address, long block, int shift) {
        IN_USE.addAndGet(-block);
        if (shift < 0 || !keep(address, shift)) free(address);
    }

    /** Pools a freed block unless the pool is full. */
    private static boolean keep(long address, int shift) {
        long block = 1L << shift;
        synchronized (POOL) {
            if (pooledBytes + block > POOL_LIMIT) return false;
            long[] stack = POOL[shift];
            int n = POOLED_COUNT[shift];
            if (stack == null || stack.length == n) stack = POOL[shift] = Arrays.copyOf(stack == null ? new long[0] : stack, n + 8);
            stack[n] = address;
            POOLED_COUNT[shift] = n + 1;
            pooledBytes += block;
            return true;
        }
    }

    private static long malloc(long size) {
        try {
            return ((MemorySegment) Calls.MALLOC.invokeExact(size)).address();
        } catch (Throwable t) {
            throw new IllegalStateException("malloc failed", t);
        }
    }

    private static void free(long address) {
        try {
            Calls.FREE.invokeExact(MemorySegment.ofAddress(address));
        } catch (Throwable t) {
            throw new IllegalStateException("free failed", t);
        }
    }

    /** Whether memory is allocated here at all (java.nio is open to us), not by allocateDirect. */
    static boolean active() {
        return NEW_DIRECT_BUFFER != null;
    }

    /** Bytes handed out and not yet released (for tests). */
    public static long inUse() {
        return IN_USE.get();
    }

    /** Bytes kept in freed blocks (for tests). */
    static long pooled() {
        synchronized (POOL) {
            return pooledBytes;
        }
    }
}
