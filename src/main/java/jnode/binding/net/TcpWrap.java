package jnode.binding.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The Java half of {@code process.binding('tcp_wrap').TCP}: a TCP socket handle, either a server
 * (bind, then listen; each accepted connection arrives as {@code onconnection(null, client)}) or a
 * connection ({@code connect(req, ip, port)}, completed by {@code oncomplete(req, err, true, true)}).
 * As in libuv, bind() only records the address (a second bind is EINVAL) and errors such as
 * EADDRINUSE surface from listen() or connect(). Servers set SO_REUSEADDR, as Node's do.
 */
public final class TcpWrap extends StreamWrap {
    private InetSocketAddress bindAddress;
    private ServerSide server;
    /** A descriptor from open(fd) that is not a connection yet: listen() makes it a server. */
    private int openedFd = -1;

    @Export
    public TcpWrap() {
        super(NodeRuntime.current());
    }

    private TcpWrap(NodeRuntime runtime, Channel accepted) {
        super(runtime);
        EpollSocketChannel s = (EpollSocketChannel) accepted;
        // Node leaves Nagle's algorithm on until setNoDelay(); Netty turns it off by default.
        s.config().setTcpNoDelay(false);
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
        if (bindAddress != null || channel != null || server != null || openedFd >= 0) return Errno.EINVAL.name();
        InetAddress ip = Addresses.parse(address, v6);
        if (ip == null || port < 0 || port > 65535) return Errno.EINVAL.name();
        bindAddress = new InetSocketAddress(ip, port);
        return null;
    }

    private static SocketProtocolFamily familyOf(InetSocketAddress a) {
        return a.getAddress() instanceof Inet6Address ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
    }

    @Export
    public String listen(int backlog) {
        if (handle.isClosed()) return Errno.EINVAL.name();
        if (server != null) return null; // listening already: libuv just calls listen() again
        if (channel != null) return Errno.EINVAL.name();
        int queue = backlog > 0 ? backlog : 511;
        EpollServerSocketChannel ch;
        if (openedFd >= 0) {
            String err = SocketFds.listen(openedFd, queue);
            if (err != null) return err;
            ch = new EpollServerSocketChannel(openedFd);
        } else {
            if (bindAddress == null) bindAddress = new InetSocketAddress(Addresses.parse("0.0.0.0", false), 0);
            ch = new EpollServerSocketChannel(familyOf(bindAddress));
            ch.config().setReuseAddress(true);
            ch.config().setBacklog(queue);
        }
        server = new ServerSide(this, ch);
        String err = openedFd >= 0 ? server.adopt() : server.bind(bindAddress);
        if (err != null) {
            server = null;
            return err;
        }
        channel = ch;
        handle.activate();
        return null;
    }

    @Override
    StreamWrap accepted(Channel child) {
        return new TcpWrap(runtime, child);
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
        if (channel != null || server != null || openedFd >= 0) return Errno.EISCONN.name();
        if (handle.isClosed()) return Errno.EINVAL.name();
        InetSocketAddress remote = new InetSocketAddress(ip, port);
        EpollSocketChannel socket = new EpollSocketChannel(familyOf(remote));
        // Node has no connect timeout of its own (the kernel's applies), and leaves Nagle on.
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

    /**
     * Adopts an existing socket descriptor: a connected socket becomes this connection at once;
     * a listening or merely bound one waits for listen().
     */
    @Export
    public String open(int fd) {
        if (channel != null || server != null || openedFd >= 0) return Errno.EINVAL.name();
        int family = SocketFds.family(fd);
        if (family < 0) return Errno.fromLinux(-family).name();
        if (family != SocketFds.AF_INET && family != SocketFds.AF_INET6) return Errno.EINVAL.name();
        if (SocketFds.isListening(fd) || !SocketFds.isConnected(fd)) {
            openedFd = fd;
            return null;
        }
        EpollSocketChannel socket = new EpollSocketChannel(fd);
        attach(socket);
        return null;
    }

    @Override
    protected void closeChannel() {
        super.closeChannel();
        if (channel == null && openedFd >= 0) SocketFds.close(openedFd);
    }

    @Override
    public int fd() {
        if (channel == null && openedFd >= 0) return openedFd;
        return super.fd();
    }

    @Export
    public String setNoDelay(boolean enable) {
        if (channel instanceof EpollSocketChannel s && s.isOpen()) s.config().setTcpNoDelay(enable);
        return null;
    }

    @Export
    public String setKeepAlive(boolean enable, int delaySeconds) {
        if (channel instanceof EpollSocketChannel s && s.isOpen()) {
            s.config().setKeepAlive(enable);
            if (enable && delaySeconds > 0) s.config().setTcpKeepIdle(delaySeconds);
        }
        return null;
    }

    @Export
    public String setSimultaneousAccepts(boolean enable) {
        return null; // a Windows-only knob in libuv
    }
}
