package jnode.binding.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * {@code process.binding('tcp_wrap').TCP}: a TCP socket handle — a listening server (bind, then
 * listen; each accepted connection arrives as {@code onconnection(null, clientHandle)}) or a
 * connection ({@code connect(req, ip, port)}, then {@code req.oncomplete(err, handle, req,
 * readable, writable)}). As in libuv, bind() only records the address; errors such as
 * EADDRINUSE are reported by listen().
 */
public final class TcpWrap extends StreamWrap {
    private InetSocketAddress bindAddress;

    @Export
    public TcpWrap() {
        super(NodeRuntime.current());
    }

    private TcpWrap(NodeRuntime runtime, Channel accepted) {
        super(runtime);
        attach(accepted);
    }

    @Export
    public String bind(String address, int port) {
        return bindTo(address, port, false);
    }

    @Export
    public String bind6(String address, int port) {
        return bindTo(address, port, true);
    }

    private String bindTo(String address, int port, boolean v6) {
        InetAddress ip = Addresses.parse(address, v6);
        if (ip == null || port < 0 || port > 65535) return Errno.EINVAL.name();
        if (channel != null) return Errno.EINVAL.name();
        bindAddress = new InetSocketAddress(ip, port);
        return null;
    }

    private static SocketProtocolFamily familyOf(InetSocketAddress a) {
        return a.getAddress() instanceof java.net.Inet6Address ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
    }

    @Export
    public String listen(int backlog) {
        if (channel != null) return Errno.EINVAL.name();
        if (bindAddress == null) bindAddress = new InetSocketAddress(Addresses.parse("0.0.0.0", false), 0);
        EpollServerSocketChannel server = new EpollServerSocketChannel(familyOf(bindAddress));
        server.config().setReuseAddress(true);
        server.config().setBacklog(backlog > 0 ? backlog : 511);
        server.pipeline().addLast(new Acceptor());
        runtime.loop().io().register(server);
        ChannelFuture bound = server.bind(bindAddress);
        // On the loop thread registration and bind complete synchronously.
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            server.close();
            return cause == null ? Errno.EINVAL.name() : NetErrors.errnoOf(cause).name();
        }
        channel = server;
        handle.activate();
        return null;
    }

    /** Hands each accepted connection to JavaScript as a new, not yet reading, TCP handle. */
    private final class Acceptor extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Channel child = (Channel) msg;
            if (onconnection == null || handle.isClosed()) {
                child.close();
                return;
            }
            TcpWrap client = new TcpWrap(runtime, child);
            runtime.callbackSoon(TcpWrap.this, onconnection, null, client);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // EMFILE and friends: Netty keeps accepting later; report as Node does.
            if (onconnection != null) runtime.callbackSoon(TcpWrap.this, onconnection, NetErrors.errnoOf(cause).name(), null);
        }
    }

    @Export
    public String connect(Value req, String address, int port) {
        return connectTo(req, address, port, false);
    }

    @Export
    public String connect6(Value req, String address, int port) {
        return connectTo(req, address, port, true);
    }

    private String connectTo(Value req, String address, int port, boolean v6) {
        InetAddress ip = Addresses.parse(address, v6);
        if (ip == null || port < 0 || port > 65535) return Errno.EINVAL.name();
        if (channel != null) return Errno.EISCONN.name();
        InetSocketAddress remote = new InetSocketAddress(ip, port);
        EpollSocketChannel socket = new EpollSocketChannel(familyOf(remote));
        // Node has no connect timeout of its own (the kernel's applies).
        socket.config().setOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, 0);
        socket.config().setTcpNoDelay(false);
        attach(socket);
        runtime.loop().beginRequest();
        ChannelFuture f = bindAddress == null ? socket.connect(remote) : socket.connect(remote, bindAddress);
        f.addListener(done -> {
            runtime.loop().endRequest();
            complete(req, done.isSuccess() ? null : NetErrors.errnoOf(done.cause()).name(), true, true);
        });
        return null;
    }

    @Export
    public String setNoDelay(boolean enable) {
        if (channel instanceof EpollSocketChannel s) s.config().setTcpNoDelay(enable);
        return null;
    }

    @Export
    public String setKeepAlive(boolean enable, int delaySeconds) {
        if (channel instanceof EpollSocketChannel s) {
            s.config().setKeepAlive(enable);
            if (enable && delaySeconds > 0) s.config().setTcpKeepIdle(delaySeconds);
        }
        return null;
    }
}
