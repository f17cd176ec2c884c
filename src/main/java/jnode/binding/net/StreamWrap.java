package jnode.binding.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.unix.Socket;
import io.netty.channel.unix.UnixChannel;
import jnode.loop.Handle;
import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.NotYetConnectedException;

/**
 * A byte stream (TCP or UNIX socket) as libuv's uv_stream_t sees it, over a Netty channel that
 * lives on the loop thread, the thread that runs JavaScript: no hand-off, no locks. Its JavaScript
 * front (lib/internal/stream_handle.js) is {@link #owner}; events reach it through {@link NetHooks}.
 * <ul>
 * <li>Reading: {@code readStart()/readStop()} switch Netty's auto-read, so a paused JavaScript
 *     stream stops reading from the kernel and TCP flow control pushes back on the peer (what
 *     Netty reads anyway while stopped is held until readStart). Each read lands in
 *     {@link ReadSlabs} memory and reaches JavaScript as a view of it, not a copy.</li>
 * <li>Writing: {@code writeBuffer(req, memory, offset, length)} hands Netty a ByteBuf that wraps
 *     the Buffer's own memory (no copy) and, as libuv does, tries to write it to the kernel at once;
 *     what the kernel does not take waits in Netty's outbound buffer for the socket to become
 *     writable. It returns the number of bytes still queued (0: all written). Between
 *     {@code cork()} and {@code uncork()} writes are only queued and then flushed together, in one
 *     writev where possible. {@code req} completes when its bytes are in the kernel.</li>
 * <li>{@code shutdown(req)} half-closes after the queued writes; {@code close(cb)} ends the handle.</li>
 * </ul>
 * Methods return null or a Node error code ('EPIPE'...). As in libuv, the handle keeps the loop
 * alive while it reads or listens; each connect, write and shutdown is a pending request.
 */
public abstract class StreamWrap {
    protected final NodeRuntime runtime;
    protected final Handle handle;
    protected final NetHooks hooks;
    protected Channel channel;
    private final ReadSlabs slabs;
    private boolean endDelivered;
    private boolean outputShut;
    private long bytesReceived;
    private boolean discardQueuedWrites;
    private int corks;
    private long queuedBytes;
    private ChannelFuture lastWrite;

    /** The JavaScript front of this handle: the receiver of every callback. */
    @Export
    public Value owner;

    protected StreamWrap(NodeRuntime runtime) {
        this.runtime = runtime;
        this.hooks = NetHooks.of(runtime);
        this.slabs = runtime.shared(ReadSlabs.class, ReadSlabs::new);
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
                closeChannel();
            }
        };
    }

    /** Registers the JavaScript side's callbacks (once per process). */
    @Export
    public static void setHooks(Value functions) {
        NetHooks.of(NodeRuntime.current()).set(functions);
    }

    /** What a callback is called on: the front, or this handle if it has none. */
    protected final Object receiver() {
        return owner != null ? owner : this;
    }

    /** A connection a server handle accepted, as a new handle of the same kind (not reading yet). */
    StreamWrap accepted(Channel child) {
        throw new UnsupportedOperationException("not a server");
    }

    /**
     * Closes the socket. Writes still queued go out first: the JavaScript side (net.js) lets a
     * corked batch of writes count as done once queued, so dropping them here would lose data
     * a program already saw as written (e.g. a child's stdin ended with a large backlog).
     */
    protected void closeChannel() {
        if (channel == null) return;
        if (!discardQueuedWrites && lastWrite != null && !lastWrite.isDone() && channel.isActive()) {
            Channel ch = channel;
            lastWrite.addListener(done -> ch.close());
            ch.flush();
        } else {
            channel.close();
        }
    }

    /** Takes over a connected channel: our reader, slab reads, half-close, registration on the loop. */
    protected void attach(Channel ch) {
        this.channel = ch;
        ch.config().setAutoRead(false);
        ch.config().setRecvByteBufAllocator(slabs.streamAllocator());
        ch.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        ch.pipeline().addLast(new Reader());
        if (!ch.isRegistered()) runtime.loop().io().register(ch);
    }

    /** Delivers read events to JavaScript. */
    private final class Reader extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                int n = buf.readableBytes();
                bytesReceived += n;
                if (n > 0) {
                    ByteBuffer memory = slabs.take(buf);
                    deliver(null, memory, slabs.takenOffset(), n);
                }
            } finally {
                buf.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof ChannelInputShutdownEvent) endOfInput(null);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            endOfInput(null);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            endOfInput(NetErrors.errnoOf(cause).name());
        }
    }

    /** End of input, once: 'EOF', or the error that ended it (ECONNRESET...). */
    private void endOfInput(String error) {
        if (endDelivered) return;
        endDelivered = true;
        // As libuv: input is over, so the handle stops reading and no longer keeps the loop alive
        // (a half-open socket that merely stays writable does not; pending writes are requests).
        handle.deactivate();
        deliver(error == null ? "EOF" : error, null, 0, 0);
    }

    private void deliver(String err, ByteBuffer memory, int offset, int length) {
        if (hooks.onread == null || handle.isClosed()) return;
        if (held != null || !channel.config().isAutoRead()) {
            hold(new HeldRead(err, memory, offset, length));
            return;
        }
        JsCalls.call(runtime, receiver(), hooks.onread, err, memory, offset, length, memory == null ? 0 : memory.capacity());
    }

    /** A read (or the end of input) that arrived while JavaScript was not reading. */
    private record HeldRead(String err, ByteBuffer memory, int offset, int length) {}

    /**
     * Reads that arrived while reading was stopped, oldest first, for the next readStart; null when
     * none. Netty reads even then when the peer hangs up (it drains the socket on EPOLLRDHUP,
     * auto-read or not), while libuv leaves the bytes in the kernel: a stopped handle must not
     * see them, nor the end, until JavaScript reads again.
     */
    private java.util.ArrayDeque<HeldRead> held;

    private void hold(HeldRead read) {
        if (held == null) held = new java.util.ArrayDeque<>();
        held.add(read);
    }

    /** Hands held reads to JavaScript, in order, for as long as it keeps reading. */
    private void deliverHeld() {
        while (held != null && !held.isEmpty() && channel != null && channel.config().isAutoRead()) {
            if (hooks.onread == null || handle.isClosed()) {
                held = null;
                return;
            }
            HeldRead r = held.poll();
            JsCalls.call(runtime, receiver(), hooks.onread, r.err(), r.memory(), r.offset(), r.length(),
                    r.memory() == null ? 0 : r.memory().capacity());
        }
        if (held != null && held.isEmpty()) held = null;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** Bytes read from the kernel so far. */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** Whether input may still arrive and is being read (not paused, not at its end, not closed). */
    public boolean readingInput() {
        return channel != null && channel.isOpen() && channel.config().isAutoRead() && !endDelivered && !handle.isClosed();
    }

    @Export
    public String readStart() {
        if (channel == null || handle.isClosed()) return Errno.ENOTCONN.name();
        channel.config().setAutoRead(true);
        handle.activate();
        // Never into JavaScript from inside this call: the held reads follow on the loop.
        if (held != null) runtime.loop().post(this::deliverHeld);
        return null;
    }

    @Export
    public String readStop() {
        if (channel != null) channel.config().setAutoRead(false);
        handle.deactivate();
        return null;
    }

    // --- writing ---------------------------------------------------------------------------------

    private boolean writable() {
        return channel != null && channel.isActive() && !outputShut && !handle.isClosed();
    }

    /** Queues {@code memory[offset, offset + length)}; returns the bytes still queued, or an error code. */
    @Export
    public Object writeBuffer(Value req, ByteBuffer memory, int offset, int length) {
        if (!writable()) return Errno.EPIPE.name();
        return write(req, Unpooled.wrappedBuffer(memory.slice(offset, length)));
    }

    private Object write(Value req, ByteBuf data) {
        int size = data.readableBytes();
        queuedBytes += size;
        runtime.loop().beginRequest();
        ChannelPromise promise = channel.newPromise();
        promise.addListener(new WriteDone(req, size));
        lastWrite = promise;
        channel.write(data, promise);
        if (corks == 0) channel.flush();
        return (double) queuedBytes;
    }

    /** Completes one write request. */
    private final class WriteDone implements ChannelFutureListener {
        private final Value req;
        private final int size;

        WriteDone(Value req, int size) {
            this.req = req;
            this.size = size;
        }

        @Override
        public void operationComplete(ChannelFuture done) {
            queuedBytes -= size;
            runtime.loop().endRequest();
            complete(req, done.isSuccess() ? null : NetErrors.errnoOf(done.cause()).name(), (double) queuedBytes);
        }
    }

    /** Holds writes back (queued, not written) until the matching {@link #uncork()}. */
    @Export
    public void cork() {
        corks++;
    }

    @Export
    public void uncork() {
        if (corks > 0 && --corks == 0 && channel != null && queuedBytes > 0) channel.flush();
    }

    /** Bytes accepted by write but not yet handed to the kernel. */
    @Export
    public double writeQueueSize() {
        return queuedBytes;
    }

    /** Calls {@code oncomplete(req, err, extra...)} on the front (posted if JavaScript is running). */
    protected void complete(Value req, String err, Object... extra) {
        if (hooks.oncomplete == null || req == null) return;
        Object[] args = new Object[extra.length + 2];
        args[0] = req;
        args[1] = err;
        System.arraycopy(extra, 0, args, 2, extra.length);
        JsCalls.call(runtime, receiver(), hooks.oncomplete, args);
    }

    /** Half-closes the stream (sends FIN) once every queued write is out. */
    @Export
    public String shutdown(Value req) {
        if (!(channel instanceof DuplexChannel duplex) || !channel.isActive() || handle.isClosed()) return Errno.ENOTCONN.name();
        if (outputShut) return Errno.ENOTCONN.name();
        outputShut = true;
        runtime.loop().beginRequest();
        Runnable doShutdown = () -> {
            if (channel instanceof UnixChannel unix && unix.fd() instanceof Socket socket) {
                // Netty's shutdownOutput() builds a ChannelOutputShutdownException on every call,
                // for writes that might still be queued, and filling in its Java stack trace, deep
                // under the JavaScript interpreter, cost more than the rest of a short connection's
                // close. No write is queued by now, so the socket is half-closed directly.
                String err = null;
                try {
                    socket.shutdown(false, true);
                } catch (IOException | NotYetConnectedException e) {
                    err = NetErrors.errnoOf(e).name();
                }
                runtime.loop().endRequest();
                complete(req, err);
                return;
            }
            duplex.shutdownOutput().addListener(done -> {
                runtime.loop().endRequest();
                complete(req, done.isSuccess() ? null : NetErrors.errnoOf(done.cause()).name());
            });
        };
        if (lastWrite != null && !lastWrite.isDone()) {
            lastWrite.addListener(w -> doShutdown.run());
            channel.flush();
        } else {
            doShutdown.run();
        }
        return null;
    }

    // --- handle life -------------------------------------------------------------------------------

    /**
     * Makes the coming close drop what is still queued instead of sending it first: a socket
     * destroyed before its writes finished (an error, a timeout, a peer that never reads) closes at
     * once, as uv_close cancels pending writes.
     */
    @Export
    public void discardQueuedWrites() {
        discardQueuedWrites = true;
    }

    @Export
    public void close(Value callback) {
        if (handle.isClosed()) return;
        handle.close();
        if (callback != null && callback.canExecute()) {
            runtime.loop().deferClose(() -> runtime.callback(receiver(), callback));
        }
    }

    @Export
    public void close() {
        close(null);
    }

    @Export
    public void ref() {
        handle.ref();
    }

    @Export
    public void unref() {
        handle.unref();
    }

    @Export
    public boolean hasRef() {
        return handle.hasRef();
    }

    /** The file descriptor, or -1 (no socket yet, or closed). */
    @Export
    public int fd() {
        if (channel instanceof UnixChannel u && channel.isOpen()) return u.fd().intValue();
        return -1;
    }

    @Export
    public Value getsockname() {
        return channel == null ? null : describe(channel.localAddress());
    }

    @Export
    public Value getpeername() {
        return channel == null ? null : describe(channel.remoteAddress());
    }

    /** {address, family, port} for an IP endpoint; subclasses describe other kinds. */
    protected Value describe(SocketAddress address) {
        return describeInet(runtime, address);
    }

    static Value describeInet(NodeRuntime runtime, SocketAddress address) {
        if (!(address instanceof InetSocketAddress inet) || inet.getAddress() == null) return null;
        Value o = runtime.interop().newObject();
        o.putMember("address", Addresses.format(inet.getAddress()));
        o.putMember("family", inet.getAddress() instanceof java.net.Inet6Address ? "IPv6" : "IPv4");
        o.putMember("port", inet.getPort());
        return o;
    }
}
