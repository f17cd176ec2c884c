package jnode.posix;

import jnode.runtime.HostCompiler;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Objects;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

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

    /** Copies of at least this many bytes go to libc's memcpy; smaller ones are not worth a downcall. */
    private static final int MEMCPY_FROM = 8 << 10;
    /** Most bytes per memcpy call: a critical downcall holds off garbage collection while it runs. */
    private static final int MEMCPY_STEP = 1 << 20;

    /** libc's memcpy, with a heap array on one side where needed (a critical downcall may touch the Java heap). */
    private static final class Memcpy {
        static final MethodHandle HEAP_TO_NATIVE = link(JAVA_LONG, ADDRESS, true);
        static final MethodHandle NATIVE_TO_HEAP = link(ADDRESS, JAVA_LONG, true);
        static final MethodHandle NATIVE_TO_NATIVE = link(JAVA_LONG, JAVA_LONG, false);

        private static MethodHandle link(ValueLayout target, ValueLayout source, boolean heap) {
            try {
                Linker linker = Linker.nativeLinker();
                return linker.downcallHandle(linker.defaultLookup().find("memcpy").orElseThrow(),
                        FunctionDescriptor.of(JAVA_LONG, target, source, JAVA_LONG), Linker.Option.critical(heap));
            } catch (RuntimeException | LinkageError unavailable) {
                return null;
            }
        }
    }

    /**
     * Copies bytes [fromOffset, fromOffset + length) of an array into direct memory {@code to} at
     * {@code toOffset} (absolute, within its limit; heap memory is written by put). Why not
     * {@code ByteBuffer.put}: under C1 that ends in HotSpot's own copy loop, measured at 20–24 GB/s
     * into memory that is not in the cache and 48 GB/s into memory that is, where libc's memcpy
     * did 29–36 and 96 (a 768 KiB Buffer filled 48 KiB at a time, the way base64 decoding fills it).
     */
    public static void copyIn(byte[] from, int fromOffset, ByteBuffer to, int toOffset, int length) {
        Objects.checkFromIndexSize(fromOffset, length, from.length);
        Objects.checkFromIndexSize(toOffset, length, to.limit());
        if (length < MEMCPY_FROM || !to.isDirect() || Memcpy.HEAP_TO_NATIVE == null) {
            to.put(toOffset, from, fromOffset, length);
            return;
        }
        memcpyInSteps(MemorySegment.ofArray(from).asSlice(fromOffset, length), address(to) + toOffset, length, false);
        Reference.reachabilityFence(to);
    }

    /**
     * Copies bytes [fromOffset, fromOffset + length) of direct memory {@code from} (absolute, within
     * its limit; heap memory is read by get) into an array at {@code toOffset}, as {@link #copyIn}.
     */
    public static void copyOut(ByteBuffer from, int fromOffset, byte[] to, int toOffset, int length) {
        Objects.checkFromIndexSize(fromOffset, length, from.limit());
        Objects.checkFromIndexSize(toOffset, length, to.length);
        if (length < MEMCPY_FROM || !from.isDirect() || Memcpy.NATIVE_TO_HEAP == null) {
            from.get(fromOffset, to, toOffset, length);
            return;
        }
        memcpyInSteps(MemorySegment.ofArray(to).asSlice(toOffset, length), address(from) + fromOffset, length, true);
        Reference.reachabilityFence(from);
    }

    /**
     * memcpy of {@code length} bytes between an array's segment and native memory at
     * {@code address}, a step at a time (see {@link #MEMCPY_STEP}). The native side goes as a plain
     * address: a segment over it would cost a restricted-method check (a stack walk) per call.
     */
    private static void memcpyInSteps(MemorySegment heap, long address, int length, boolean intoHeap) {
        try {
            for (int done = 0; done < length; done += MEMCPY_STEP) {
                int n = Math.min(MEMCPY_STEP, length - done);
                long ignored = intoHeap
                        ? (long) Memcpy.NATIVE_TO_HEAP.invokeExact(heap.asSlice(done, n), address + done, (long) n)
                        : (long) Memcpy.HEAP_TO_NATIVE.invokeExact(address + done, heap.asSlice(done, n), (long) n);
            }
        } catch (Throwable impossible) {
            throw new AssertionError(impossible);
        }
    }

    /**
     * Copies {@code length} bytes between addresses of native memory that do not overlap (libc's
     * memcpy, for the reason {@link #copyIn} gives); the caller keeps both memories reachable.
     */
    public static void copyNative(long from, long to, long length) {
        if (length < MEMCPY_FROM || Memcpy.NATIVE_TO_NATIVE == null) {
            MemorySegment.copy(MemorySegment.NULL.reinterpret(Long.MAX_VALUE), from,
                    MemorySegment.NULL.reinterpret(Long.MAX_VALUE), to, length);
            return;
        }
        try {
            long ignored = (long) Memcpy.NATIVE_TO_NATIVE.invokeExact(to, from, length);
        } catch (Throwable impossible) {
            throw new AssertionError(impossible);
        }
    }

    private static boolean fits(int m, int offset, int position, int length, int[] limits, long targetLimit) {
        return m >= 0 && m < limits.length && offset >= 0 && length >= 0 && position >= 0
                && (long) offset + length <= limits[m] && (long) position + length <= targetLimit;
    }

    private static IndexOutOfBoundsException outside(int entry) {
        return new IndexOutOfBoundsException("copy entry " + entry / 4 + " lies outside its memory");
    }

    /**
     * The address of index 0 of a direct buffer (its position ignored, as Buffer code does), valid
     * while the buffer is reachable.
     */
    public static long address(ByteBuffer direct) {
        return MemorySegment.ofBuffer(direct).address() - direct.position();
    }
}
