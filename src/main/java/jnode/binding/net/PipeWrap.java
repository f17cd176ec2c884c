package jnode.binding.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * The Java half of {@code process.binding('pipe_wrap').Pipe}: a UNIX domain stream socket over
 * Netty's epoll domain-socket channels, with the same reading and writing as TCP
 * ({@link StreamWrap}). A server binds a path (the socket file is removed when it closes, as libuv
 * does); a client connects to one. Errors are the kernel's: ENOENT for a missing path,
 * ECONNREFUSED when nobody listens, EACCES without permission, EADDRINUSE for a taken path.
 */
public final class PipeWrap extends StreamWrap {
    private String bindPath;
    private boolean listening;
    private int openedFd = -1;

    @Export
    public PipeWrap() {
        super(NodeRuntime.current());
    }

    private PipeWrap(NodeRuntime runtime, Channel accepted) {
        super(runtime);
        attach(accepted);
    }

    @Export
    public String bind(String path) {
        if (bindPath != null || channel != null || openedFd >= 0) return Errno.EINVAL.name();
        if (path == null || path.isEmpty()) return Errno.EINVAL.name();
        bindPath = path;
        return null;
    }

    @Export
    public String listen(int backlog) {
        if (handle.isClosed()) return Errno.EINVAL.name();
        if (listening) return null;
        if (channel != null) return Errno.EINVAL.name();
        int queue = backlog > 0 ? backlog : 511;
        EpollServerDomainSocketChannel ch;
        ServerSide server;
        String err;
        if (openedFd >= 0) {
            err = SocketFds.listen(openedFd, queue);
            if (err != null) return err;
            ch = new EpollServerDomainSocketChannel(openedFd);
            server = new ServerSide(this, ch);
            err = server.adopt();
        } else {
            if (bindPath == null) return Errno.EINVAL.name();
            // Netty's native bind unlinks whatever is at the path first; bind(2) would refuse.
            try {
                if (java.nio.file.Files.exists(java.nio.file.Path.of(bindPath), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return Errno.EADDRINUSE.name();
                }
            } catch (java.nio.file.InvalidPathException e) {
                return Errno.EINVAL.name();
            }
            ch = new EpollServerDomainSocketChannel();
            ch.config().setBacklog(queue);
            server = new ServerSide(this, ch);
            err = server.bind(new DomainSocketAddress(bindPath));
        }
        if (err != null) return err;
        channel = ch;
        listening = true;
        handle.activate();
        return null;
    }

    @Override
    StreamWrap accepted(Channel child) {
        return new PipeWrap(runtime, child);
    }

    @Export
    public String connect(Value req, String path) {
        if (channel != null || openedFd >= 0) return Errno.EISCONN.name();
        if (handle.isClosed()) return Errno.EINVAL.name();
        EpollDomainSocketChannel socket = new EpollDomainSocketChannel();
        attach(socket);
        runtime.loop().beginRequest();
        ChannelFuture f = socket.connect(new DomainSocketAddress(path));
        f.addListener(done -> {
            runtime.loop().endRequest();
            complete(req, done.isSuccess() ? null : NetErrors.errnoOf(done.cause()).name(), true, true);
        });
        return null;
    }

    /** Adopts a UNIX socket descriptor: a connected one at once, a listening one at listen(). */
    @Export
    public String open(int fd) {
        if (channel != null || openedFd >= 0) return Errno.EINVAL.name();
        int family = SocketFds.family(fd);
        if (family < 0) return Errno.fromLinux(-family).name();
        if (family != SocketFds.AF_UNIX || !SocketFds.isStream(fd)) return Errno.EINVAL.name();
        if (SocketFds.isListening(fd) || !SocketFds.isConnected(fd)) {
            openedFd = fd;
            return null;
        }
        attach(new EpollDomainSocketChannel(fd));
        return null;
    }

    @Override
    protected void closeChannel() {
        super.closeChannel();
        if (channel == null && openedFd >= 0) SocketFds.close(openedFd);
    }

    @Override
    @Export
    public int fd() {
        if (channel == null && openedFd >= 0) return openedFd;
        return super.fd();
    }

    /** libuv's Windows-only pending-instances knob. */
    @Export
    public void setPendingInstances(int count) {
    }
}
