package jnode.binding;

import jnode.posix.MemoryCopy;
import jnode.posix.RawMemory;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * {@code process.binding('buffer')}: the memory under every JavaScript Buffer and the bulk work on
 * it. Memory is a direct {@link ByteBuffer} allocated here; lib/internal/host_memory.js wraps it
 * with {@code new ArrayBuffer(byteBuffer)}, so JavaScript and Java read and write the same bytes.
 * Regions are passed as {@code (ByteBuffer memory, int offset, int length)} (absolute indexes),
 * and string encoding and decoding run here, on that memory, instead of byte by byte across the
 * language boundary. See lib/internal/host_memory.js for who owns the memory and when it is freed.
 *
 * <p>Methods trust their arguments' ranges to lib/buffer.js, which checks them first; a range that
 * is still wrong fails with the JDK's IndexOutOfBoundsException rather than touching other memory.
 */
public final class BufferBinding {
    /** lib/buffer.js stores its SlowBuffer here: Node v0.10 code reads process.binding('buffer').SlowBuffer. */
    @Export
    public Value SlowBuffer;

    BufferBinding(NodeRuntime runtime) {
    }

    /** Fresh zeroed memory of {@code size} bytes, freed when the last reference to it is collected. */
    @Export
    public ByteBuffer alloc(int size) {
        return RawMemory.allocateZeroed(size);
    }

    /** memmove: copies {@code length} bytes; overlapping regions of the same memory are fine. */
    @Export
    public void copy(ByteBuffer src, int srcOffset, ByteBuffer dst, int dstOffset, int length) {
        if (length <= 0) return;
        MemorySegment.copy(MemorySegment.ofBuffer(src), srcOffset, MemorySegment.ofBuffer(dst), dstOffset, length);
    }

    /** Bytes per entry of {@link #copyMany}'s table: four ints. */
    private static final int COPY_ENTRY = 16;
    /** Largest table whose scratch arrays copyMany keeps. */
    private static final int KEPT_COPY_TABLE = 1 << 20;
    private byte[] copyBytes = new byte[0];
    private int[] copyTable = new int[0];

    /**
     * Many copies in one call (Buffer.concat of many small Buffers: one call per chunk would cost
     * more than its copy). {@code table} is a plain JavaScript ArrayBuffer holding {@code count}
     * entries of four native-order ints: index into {@code memories} (a JavaScript array of
     * ByteBuffers), source offset, offset in {@code dst}, length. Sources must not overlap the
     * target ranges (Buffer.concat copies into fresh memory). An entry outside its memories'
     * limits throws IndexOutOfBoundsException (see {@link MemoryCopy#copy}).
     */
    @Export
    public void copyMany(Value memories, Value table, int count, ByteBuffer dst, int dstOffset) {
        if (count <= 0) return;
        int size = count * COPY_ENTRY;
        // Scratch arrays kept between calls (only the loop thread calls): fresh ones cost more to
        // zero than the copies they describe.
        byte[] bytes = copyBytes;
        int[] t = copyTable;
        if (bytes.length < size) {
            bytes = new byte[size];
            t = new int[count * 4];
            if (size <= KEPT_COPY_TABLE) {
                copyBytes = bytes;
                copyTable = t;
            }
        }
        table.readBuffer(0, bytes, 0, size);
        // One bulk conversion: reading the ints out of the bytes one by one costs more under C1.
        ByteBuffer.wrap(bytes, 0, size).order(ByteOrder.nativeOrder()).asIntBuffer().get(t, 0, count * 4);
        ByteBuffer[] sources = new ByteBuffer[(int) memories.getArraySize()];
        for (int m = 0; m < sources.length; m++) sources[m] = memories.getArrayElement(m).asHostObject();
        MemoryCopy.copy(t, count, sources, dst, dstOffset);
    }

    /**
     * Copies bytes of a plain JavaScript ArrayBuffer (one without host memory) into host memory:
     * the way user-made typed arrays become Buffers without a byte-by-byte loop.
     */
    @Export
    public void copyFromArrayBuffer(Value arrayBuffer, int srcOffset, ByteBuffer dst, int dstOffset, int length) {
        if (length <= 0) return;
        byte[] tmp = new byte[length];
        arrayBuffer.readBuffer(srcOffset, tmp, 0, length);
        MemoryCopy.copyIn(tmp, 0, dst, dstOffset, length);
    }

    /** Sets {@code length} bytes from {@code offset} to the low byte of {@code value}. */
    @Export
    public void fill(ByteBuffer mem, int offset, int length, int value) {
        if (length <= 0) return;
        MemorySegment.ofBuffer(mem).asSlice(offset, length).fill((byte) value);
    }

    /** Characters (UTF-16 code units) the last {@link #write} consumed: Node's Buffer._charsWritten. */
    @Export
    public int charsWritten;

    /**
     * Encodes {@code s} into [offset, offset + max) and returns the bytes written (never part of a
     * character), or -1 for a hex string with a pair that is not a number. For utf8 the string
     * must be well-formed (lib/buffer.js replaces lone surrogates first).
     */
    @Export
    public int write(ByteBuffer mem, int offset, int max, String s, String encoding) {
        long r = StringCodec.write(mem, offset, max, s, encodingOf(encoding), true);
        if (r < 0) {
            charsWritten = 0;
            return -1;
        }
        charsWritten = (int) (r >>> 32);
        return (int) r;
    }

    /** Decodes bytes [start, end) of {@code mem}. */
    @Export
    public String toString(ByteBuffer mem, int start, int end, String encoding) {
        return StringCodec.decode(mem, start, end, encodingOf(encoding));
    }

    /**
     * New memory holding exactly the encoded bytes of {@code s} (utf8 strings must be
     * well-formed). Hex strings must be valid; lib/buffer.js sends those through write.
     */
    @Export
    public ByteBuffer fromString(String s, String encoding) {
        return StringCodec.encodeToMemory(s, encodingOf(encoding));
    }
    /** UTF-8 length of a well-formed string (the other encodings' lengths are simple enough for JS). */
    @Export
    public int utf8Length(String s) {
        return StringCodec.utf8Length(s);
    }

    private static StringCodec.Encoding encodingOf(String name) {
        StringCodec.Encoding enc = StringCodec.Encoding.of(name);
        if (enc == null) throw new IllegalArgumentException("Unknown encoding: " + name);
        return enc;
    }
}
