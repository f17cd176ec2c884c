package jnode.binding.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.ChannelConfig;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;
import jnode.posix.RawMemory;

import java.nio.ByteBuffer;

/**
 * Socket reads land directly in memory JavaScript Buffers can view, so a read reaches
 * {@code socket.on('data')} with no copy beyond the kernel's (Node v0.10's slab allocator idea).
 *
 * <p>Netty asks its receive-buffer allocator for a buffer before each read; this one hands out
 * the unused tail of a shared direct "slab" (128 KiB, not zeroed: reads overwrite it). After a read of n bytes the handler
 * {@link #take}s them: JavaScript receives the slab itself with the offset and length of the
 * bytes (it wraps each slab in a Buffer once and slices it, as v0.10's onread(slab, offset,
 * length) does), and the next read starts after them; a new slab starts when the rest is too
 * small. A slab is plain NIO memory owned by the garbage collector: Netty's ByteBuf over it is
 * only a wrapper (releasing it frees nothing), and the memory lives while any Buffer viewing it
 * does. Stream sockets read Netty's adaptive sizes; datagram sockets always offer 64 KiB, so no
 * datagram is cut short.
 */
final class ReadSlabs {
    private static final int SLAB_SIZE = 128 * 1024;
    /** Largest UDP payload: a datagram read must never be cut short. */
    private static final int DATAGRAM_READ = 65536;
    /** The current slab. Its position and limit never change: JavaScript's Buffers view it by absolute index. */
    private ByteBuffer slab = RawMemory.allocate(SLAB_SIZE);
    /** Bytes of the slab already handed out. */
    private int used;
    private ByteBuf lastAllocated;
    private int lastOffset;
    private int takenOffset;

    /** Memory for the next read: at most {@code capacity} bytes at the slab's free position. */
    ByteBuf allocate(int capacity) {
        capacity = Math.min(capacity, SLAB_SIZE);
        if (SLAB_SIZE - used < capacity) {
            slab = RawMemory.allocate(SLAB_SIZE);
            used = 0;
        }
        lastOffset = used;
        ByteBuffer region = slab.duplicate().position(lastOffset).limit(lastOffset + capacity).slice();
        lastAllocated = Unpooled.wrappedBuffer(region).clear();
        return lastAllocated;
    }

    /**
     * The memory holding the bytes a read put in {@code buf}: the whole slab when the read used one
     * (the bytes start at {@link #takenOffset()}), else a copy starting at 0. Consumes that part of
     * the slab, so the next read cannot overwrite what JavaScript now sees.
     */
    ByteBuffer take(ByteBuf buf) {
        int n = buf.readableBytes();
        if (buf == lastAllocated && buf.readerIndex() == 0) {
            lastAllocated = null;
            takenOffset = lastOffset;
            used = lastOffset + n;
            return slab;
        }
        ByteBuffer copy = RawMemory.allocate(n);
        buf.getBytes(buf.readerIndex(), copy);
        takenOffset = 0;
        return copy.clear();
    }

    /** Where the last {@link #take} result's bytes start in the memory it returned. */
    int takenOffset() {
        return takenOffset;
    }

    /** For byte streams: Netty's adaptive read sizes (512 B to 64 KiB), in slab memory. */
    RecvByteBufAllocator streamAllocator() {
        return () -> new SlabHandle((RecvByteBufAllocator.ExtendedHandle) new AdaptiveRecvByteBufAllocator(512, 8192, 65536).newHandle(), 0);
    }

    /** For datagrams: room for the largest datagram on every read. */
    RecvByteBufAllocator datagramAllocator() {
        return () -> new SlabHandle((RecvByteBufAllocator.ExtendedHandle) new AdaptiveRecvByteBufAllocator(512, 8192, 65536).newHandle(), DATAGRAM_READ);
    }

    /** Netty's adaptive sizing, but allocating from the slab. */
    private final class SlabHandle implements RecvByteBufAllocator.ExtendedHandle {
        private final RecvByteBufAllocator.ExtendedHandle delegate;
        private final int fixedSize;

        SlabHandle(RecvByteBufAllocator.ExtendedHandle delegate, int fixedSize) {
            this.delegate = delegate;
            this.fixedSize = fixedSize;
        }

        @Override
        public ByteBuf allocate(ByteBufAllocator alloc) {
            return ReadSlabs.this.allocate(guess());
        }

        @Override
        public int guess() {
            return fixedSize > 0 ? fixedSize : delegate.guess();
        }

        @Override
        public void reset(ChannelConfig config) {
            delegate.reset(config);
        }

        @Override
        public void incMessagesRead(int numMessages) {
            delegate.incMessagesRead(numMessages);
        }

        @Override
        public void lastBytesRead(int bytes) {
            delegate.lastBytesRead(bytes);
        }

        @Override
        public int lastBytesRead() {
            return delegate.lastBytesRead();
        }

        @Override
        public void attemptedBytesRead(int bytes) {
            delegate.attemptedBytesRead(bytes);
        }

        @Override
        public int attemptedBytesRead() {
            return delegate.attemptedBytesRead();
        }

        @Override
        public boolean continueReading() {
            return delegate.continueReading();
        }

        @Override
        public boolean continueReading(UncheckedBooleanSupplier maybeMoreDataSupplier) {
            return delegate.continueReading(maybeMoreDataSupplier);
        }

        @Override
        public void readComplete() {
            delegate.readComplete();
        }
    }
}
