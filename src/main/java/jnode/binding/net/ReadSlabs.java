package jnode.binding.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.ChannelConfig;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;

import java.nio.ByteBuffer;

/**
 * Socket reads land directly in memory JavaScript Buffers can view, so a read reaches
 * {@code socket.on('data')} with no copy beyond the kernel's (Node v0.10's slab allocator idea).
 *
 * <p>Netty asks its receive-buffer allocator for a buffer before each read; this one hands out
 * the unused tail of a shared direct "slab". After a read of n bytes the handler takes a view of
 * exactly those bytes ({@link #take}) for a JavaScript Buffer and the slab moves past them; a new
 * slab starts when the rest is too small. A slab is plain NIO memory owned by the garbage
 * collector: Netty's ByteBuf over it is only a wrapper (releasing it frees nothing), and the
 * memory lives while any Buffer viewing it does.
 */
final class ReadSlabs implements RecvByteBufAllocator {
    private static final int SLAB_SIZE = 128 * 1024;
    private final AdaptiveRecvByteBufAllocator sizing = new AdaptiveRecvByteBufAllocator(512, 8192, 65536);
    private ByteBuffer slab = ByteBuffer.allocateDirect(SLAB_SIZE);
    private ByteBuf lastAllocated;
    private int lastOffset;

    /** Memory for the next read: at most {@code capacity} bytes at the slab's free position. */
    ByteBuf allocate(int capacity) {
        capacity = Math.min(capacity, SLAB_SIZE);
        if (slab.capacity() - slab.position() < capacity) slab = ByteBuffer.allocateDirect(SLAB_SIZE);
        lastOffset = slab.position();
        ByteBuffer region = slab.duplicate().position(lastOffset).limit(lastOffset + capacity).slice();
        lastAllocated = Unpooled.wrappedBuffer(region).clear();
        return lastAllocated;
    }

    /**
     * The bytes a read put in {@code buf}, as a ByteBuffer JavaScript can wrap (sharing memory when
     * the read used a slab, copied otherwise). Consumes that part of the slab.
     */
    ByteBuffer take(ByteBuf buf) {
        int n = buf.readableBytes();
        if (buf == lastAllocated && buf.readerIndex() == 0) {
            lastAllocated = null;
            slab.position(lastOffset + n);
            return slab.duplicate().position(lastOffset).limit(lastOffset + n).slice();
        }
        ByteBuffer copy = ByteBuffer.allocateDirect(n);
        buf.getBytes(buf.readerIndex(), copy);
        return copy.flip();
    }

    @Override
    public Handle newHandle() {
        return new SlabHandle((ExtendedHandle) sizing.newHandle());
    }

    /** Netty's adaptive sizing, but allocating from the slab. */
    private final class SlabHandle implements ExtendedHandle {
        private final ExtendedHandle delegate;

        SlabHandle(ExtendedHandle delegate) {
            this.delegate = delegate;
        }

        @Override
        public ByteBuf allocate(ByteBufAllocator alloc) {
            return ReadSlabs.this.allocate(delegate.guess());
        }

        @Override
        public int guess() {
            return delegate.guess();
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
