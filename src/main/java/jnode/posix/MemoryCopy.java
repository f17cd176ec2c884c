package jnode.posix;

import jnode.runtime.HostCompiler;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;

/**
 * Many small copies between direct memories in one go (Buffer.concat of many small Buffers).
 *
 * <p>Why not {@code MemorySegment.copy} or {@code ByteBuffer.put} per chunk: HotSpot runs Java with
 * C1 only here (bin/jdk.sh), and under C1 each of those ends in a native call with its checks
 * around it, ~25 ns however few the bytes. Unsafe's plain loads and stores are intrinsics under C1
 * and under Graal, so a chunk of 64 bytes is copied in 8-byte steps in a few nanoseconds; long
 * chunks still go to {@code Unsafe.copyMemory} (memmove speed). Graal compiles the loop once it
 * has copied 256 Ki chunks ({@link jnode.runtime.HostCompiler}; the check and the copy are written
 * inline because Graal, without a profile, does not inline calls). jdk.internal.misc is exported
 * to jnode by the launcher; without that export (or on a CPU that faults on unaligned loads) the
 * chunks are copied through memory segments, one native call each.
 */
public final class MemoryCopy {
    private MemoryCopy() {}

    /** Chunks of at least this many bytes go to Unsafe.copyMemory in one call. */
    private static final int BULK = 256;

    private static final jdk.internal.misc.Unsafe UNSAFE = unsafe();

    private static final HostCompiler.Hot WORK = HostCompiler.hot("copy", 1 << 18,
            HostCompiler.method(MemoryCopy.class, "copyAll", int[].class, int.class, long[].class, int[].class, long.class, long.class));

    private static jdk.internal.misc.Unsafe unsafe() {
        try {
            jdk.internal.misc.Unsafe u = jdk.internal.misc.Unsafe.getUnsafe();
            return u.unalignedAccess() ? u : null;
        } catch (IllegalAccessError | NoClassDefFoundError notExported) {
            return null;
        }
    }

    /** True when chunks are copied by Unsafe (the launcher's export is in place). */
    public static boolean active() {
        return UNSAFE != null;
    }

    /**
     * Copies {@code chunks} chunks into {@code target} from index {@code targetOffset} on.
     * {@code table} starts with an entry of four ints per chunk: index into {@code sources}, offset in that source, position
     * (from {@code targetOffset}), length. Indexes are absolute (positions ignored) and must lie
     * within each buffer's limit, else IndexOutOfBoundsException (chunks before the bad entry are
     * copied). Sources must not overlap the target ranges.
     */
    public static void copy(int[] table, int chunks, ByteBuffer[] sources, ByteBuffer target, int targetOffset) {
        int[] limits = new int[sources.length];
        for (int m = 0; m < sources.length; m++) limits[m] = sources[m].limit();
        long targetLimit = (long) target.limit() - targetOffset;
        if (UNSAFE == null) {
            MemorySegment to = MemorySegment.ofBuffer(target);
            for (int e = 0; e < chunks * 4; e += 4) {
                int m = table[e];
                int offset = table[e + 1];
                int position = table[e + 2];
                int length = table[e + 3];
                if (!fits(m, offset, position, length, limits, targetLimit)) throw outside(e);
                MemorySegment.copy(MemorySegment.ofBuffer(sources[m]), offset, to, targetOffset + (long) position, length);
            }
            return;
        }
        WORK.did(chunks);
        long[] addresses = new long[sources.length];
        for (int m = 0; m < sources.length; m++) addresses[m] = address(sources[m]);
        copyAll(table, chunks * 4, addresses, limits, address(target) + targetOffset, targetLimit);
        // The addresses are only valid while their buffers are alive.
        Reference.reachabilityFence(sources);
        Reference.reachabilityFence(target);
    }

    private static void copyAll(int[] table, int end, long[] addresses, int[] limits, long to, long toLimit) {
        for (int e = 0; e < end; e += 4) {
            int m = table[e];
            int offset = table[e + 1];
            int position = table[e + 2];
            int length = table[e + 3];
            if (m < 0 || m >= limits.length || offset < 0 || length < 0 || position < 0
                    || (long) offset + length > limits[m] || (long) position + length > toLimit) {
                throw outside(e);
            }
            long from = addresses[m] + offset;
            long dst = to + position;
            if (length >= BULK) {
                UNSAFE.copyMemory(from, dst, length);
                continue;
            }
            int i = 0;
            for (; i + 8 <= length; i += 8) UNSAFE.putLong(dst + i, UNSAFE.getLong(from + i));
            for (; i < length; i++) UNSAFE.putByte(dst + i, UNSAFE.getByte(from + i));
        }
    }

    private static boolean fits(int m, int offset, int position, int length, int[] limits, long targetLimit) {
        return m >= 0 && m < limits.length && offset >= 0 && length >= 0 && position >= 0
                && (long) offset + length <= limits[m] && (long) position + length <= targetLimit;
    }

    private static IndexOutOfBoundsException outside(int entry) {
        return new IndexOutOfBoundsException("copy entry " + entry / 4 + " lies outside its memory");
    }

    /** The address of index 0 of a direct buffer (its position ignored, as Buffer code does). */
    /** The address of index 0 of a direct buffer (valid while the buffer is reachable). */
    public static long address(ByteBuffer direct) {
        return MemorySegment.ofBuffer(direct).address() - direct.position();
    }
}
