package jnode.posix;

import jnode.runtime.HostCompiler;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes garbage collections keep pace with Buffer memory, which lives outside the Java heap and
 * is freed only when a collection finds its ByteBuffer unreachable (V8 does the same with the
 * external memory it is told about). A program that allocates Buffers but few Java objects
 * otherwise never fills the young generation: allocating 20,000 Buffers of 1 MiB in a loop
 * grew the process to 5.7 GB (node: 99 MB) and took 11.7 s, each fresh page costing a fault;
 * now 0.6 GB and 2.9 s. So once {@link #STEP} bytes have been allocated since the last
 * collection, the allocating thread provokes a young collection by allocating short-lived arrays
 * until one happens (a few milliseconds for a 64 MiB young generation); the freed blocks then
 * return to RawMemory's pool. A step of 64 MiB bounded memory no better in that loop and cost
 * fs.readFile of 256 MiB ~10%; with 256 MiB, TCP echo and readFile measured within noise.
 */
final class NativePressure {
    private NativePressure() {}

    /** Native bytes allocated between collections before one is provoked. */
    static final long STEP = 256L * 1024 * 1024;
    /** Most heap bytes allocated to provoke one collection (a young generation is 64 MiB here). */
    private static final int MAX_FILL_CHUNKS = 512;
    private static final int FILL_CHUNK = 1 << 20;
    /** Arrays per filler chunk: small enough for the thread's allocation buffer (TLAB). */
    private static final int FILL_PIECES = 16;

    private static final jdk.internal.misc.Unsafe UNSAFE = unsafe();
    private static final HostCompiler.Hot FILLS = HostCompiler.hot("filler", 2,
            HostCompiler.method(NativePressure.class, "filler"));

    private static jdk.internal.misc.Unsafe unsafe() {
        try {
            return jdk.internal.misc.Unsafe.getUnsafe();
        } catch (IllegalAccessError | NoClassDefFoundError notExported) {
            return null;
        }
    }

    /**
     * FILL_CHUNK bytes of garbage, the last piece returned. Zeroing the filler cost as much as a
     * tenth of a Buffer-heavy program (64 MiB cleared per 256 MiB of Buffers), so the pieces are
     * uninitialized arrays, which Graal's code (see {@link HostCompiler}) takes from the TLAB
     * without clearing; C1's code and the VM's slow path still clear them.
     */
    private static Object filler() {
        Object last = null;
        for (int i = 0; i < FILL_PIECES; i++) {
            last = UNSAFE != null ? UNSAFE.allocateUninitializedArray(byte.class, FILL_CHUNK / FILL_PIECES)
                    : new byte[FILL_CHUNK / FILL_PIECES];
        }
        return last;
    }

    private static final AtomicLong SINCE_COLLECTION = new AtomicLong();
    private static final AtomicBoolean PROVOKING = new AtomicBoolean();
    /** Cleared by the next collection: how a collection is noticed. */
    private static volatile WeakReference<Object> sentinel = new WeakReference<>(new Object());
    /** Where the filler goes, so no compiler can drop the allocation. */
    @SuppressWarnings("unused")
    private static volatile Object sink;

    /** Counts {@code bytes} of new native memory; may run a young collection first. */
    static void allocated(long bytes) {
        if (sentinel.refersTo(null)) {
            // A collection ran since the last look: count from zero again.
            sentinel = new WeakReference<>(new Object());
            SINCE_COLLECTION.set(0);
        }
        if (SINCE_COLLECTION.addAndGet(bytes) > STEP && PROVOKING.compareAndSet(false, true)) {
            try {
                provokeCollection();
            } finally {
                PROVOKING.set(false);
            }
        }
    }

    private static void provokeCollection() {
        WeakReference<Object> watched = sentinel;
        FILLS.did(1);
        for (int i = 0; i < MAX_FILL_CHUNKS && !watched.refersTo(null); i++) {
            sink = filler();
        }
        sink = null;
        if (watched == sentinel) {
            sentinel = new WeakReference<>(new Object());
            SINCE_COLLECTION.set(0);
        }
    }
}
