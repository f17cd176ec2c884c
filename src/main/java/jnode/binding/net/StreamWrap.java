package jnode.binding.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import jnode.loop.Handle;
import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A connected byte stream (TCP or UNIX socket) as libuv's uv_stream_t sees it, over a Netty
 * channel on the loop thread. The JavaScript side (lib/net.js) uses:
 * <ul>
 * <li>{@code readStart()/readStop()} — reading on/off (Netty's auto-read: backpressure);
 *     data arrives as {@code onread(null, byteBuffer, length)}, end of input as {@code onread('EOF')},
 *     a failure as {@code onread('ECONNRESET')} etc.</li>
 * <li>{@code writeBuffer(req, memory, offset, length)} / {@code writeString(req, text)} — queued
 *     writes; {@code req.oncomplete(err, handle, req)} once the kernel has the bytes. Writes made
 *     during one JavaScript callback are flushed together, in one system call when they fit.</li>
 * <li>{@code shutdown(req)} — half-close after pending writes; {@code close(cb)}.</li>
 * </ul>
 * Methods return null or a Node error code ('EPIPE'...). The handle is active (keeps the loop
 * alive) while reading, listening or connecting; every write/shutdown/connect is a request.
 *
 * <p>Memory: a read is a view of {@link ReadSlabs} memory (no copy); a Buffer write is a ByteBuf
 * wrapping the Buffer's own memory (no copy), which Netty releases after the write — releasing a
 * wrapper frees nothing, the memory belongs to the Buffer.
 */
public abstract class StreamWrap {
    protected final NodeRuntime runtime;
    protected final Handle handle;
    protected Channel channel;
    private final ReadSlabs slabs;
    private boolean reading;
    private boolean flushScheduled;
    private boolean ended;
    private ChannelFuture lastWrite;
    private long queuedBytes;
    private final Runnable flushTask = this::flushNow;

    @Export
    public Value onread;
    @Export
    public Value onconnection;
    @Export
    public Value owner;

    protected StreamWrap(NodeRuntime runtime) {
        this.runtime = runtime;
        this.slabs = runtime.shared(ReadSlabs.class, ReadSlabs::new);
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
                if (channel != null) channel.close();
            }
        };
    }

    /** Takes over a connected channel: our read handler, slab reads, half-close, registration. */
    protected void attach(Channel ch) {
        this.channel = ch;
        ch.config().setAutoRead(false);
        ch.config().setRecvByteBufAllocator(slabs);
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
                if (buf.isReadable()) {
                    ByteBuffer data = slabs.take(buf);
                    deliver(null, data, data.remaining());
                }
            } finally {
                buf.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof ChannelInputShutdownEvent) endOfInput();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            endOfInput();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (ended) return;
            ended = true;
            deliver(NetErrors.errnoOf(cause).name(), null, 0);
        }
    }

    private void endOfInput() {
        if (ended) return;
        ended = true;
        deliver("EOF", null, 0);
    }

    private void deliver(String err, ByteBuffer data, int length) {
        if (onread != null && !handle.isClosed()) runtime.callbackSoon(this, onread, err, data, length);
    }

    // --- reading ---------------------------------------------------------------------------------

    @Export
    public String readStart() {
        if (channel == null) return Errno.ENOTCONN.name();
        reading = true;
        channel.config().setAutoRead(true);
        handle.activate();
        return null;
    }

    @Export
    public String readStop() {
        reading = false;
        if (channel != null) channel.config().setAutoRead(false);
        handle.deactivate();
        return null;
    }

    // --- writing ---------------------------------------------------------------------------------

    @Export
    public String writeBuffer(Value req, ByteBuffer memory, int offset, int length) {
        if (channel == null || !channel.isActive()) return Errno.EPIPE.name();
        write(req, Unpooled.wrappedBuffer(memory.slice(offset, length)));
        return null;
    }

    /** Writes text as UTF-8 (lone surrogates become U+FFFD, as V8 encodes them). */
    @Export
    public String writeString(Value req, String text) {
        if (channel == null || !channel.isActive()) return Errno.EPIPE.name();
        write(req, Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8)));
        return null;
    }

    private void write(Value req, ByteBuf data) {
        int size = data.readableBytes();
        queuedBytes += size;
        runtime.loop().beginRequest();
        ChannelFuture f = channel.write(data);
        lastWrite = f;
        f.addListener(done -> {
            queuedBytes -= size;
            runtime.loop().endRequest();
            complete(req, done.isSuccess() ? null : NetErrors.errnoOf(done.cause()).name());
        });
        if (!flushScheduled) {
            flushScheduled = true;
            runtime.loop().post(flushTask);
        }
    }

    private void flushNow() {
        flushScheduled = false;
        if (channel != null) channel.flush();
    }

    /** Bytes accepted by write() but not yet handed to the kernel. */
    @Export
    public double writeQueueSize() {
        return queuedBytes;
    }

    /** Calls {@code req.oncomplete(err, handle, req, extra...)} (posted if JavaScript is running). */
    protected void complete(Value req, String err, Object... extra) {
        Value oncomplete = req == null ? null : req.getMember("oncomplete");
        if (oncomplete == null || !oncomplete.canExecute()) return;
        Object[] args = new Object[extra.length + 3];
        args[0] = err;
        args[1] = this;
        args[2] = req;
        System.arraycopy(extra, 0, args, 3, extra.length);
        runtime.callbackSoon(req, oncomplete, args);
    }

    /** Half-closes the stream once every queued write is out. */
    @Export
    public String shutdown(Value req) {
        if (!(channel instanceof DuplexChannel duplex) || !channel.isActive()) return Errno.ENOTCONN.name();
        runtime.loop().beginRequest();
        Runnable doShutdown = () -> duplex.shutdownOutput().addListener(done -> {
            runtime.loop().endRequest();
            complete(req, done.isSuccess() ? null : NetErrors.errnoOf(done.cause()).name());
        });
        if (lastWrite != null && !lastWrite.isDone()) {
            lastWrite.addListener(w -> doShutdown.run());
            flushNow();
        } else {
            doShutdown.run();
        }
        return null;
    }

    // --- handle life -------------------------------------------------------------------------------

    @Export
    public void close(Value callback) {
        if (handle.isClosed()) return;
        if (channel != null) channel.flush();
        handle.close();
        if (callback != null && callback.canExecute()) {
            runtime.loop().deferClose(() -> runtime.callback(this, callback));
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
        if (!(address instanceof InetSocketAddress inet) || inet.getAddress() == null) return null;
        Value o = runtime.interop().newObject();
        o.putMember("address", Addresses.format(inet.getAddress()));
        o.putMember("family", inet.getAddress() instanceof java.net.Inet6Address ? "IPv6" : "IPv4");
        o.putMember("port", inet.getPort());
        return o;
    }
}
