package jnode.binding.net;

import io.netty.channel.unix.Errors;
import jnode.posix.Errno;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetConnectedException;

/** Maps what Netty and the JDK throw for socket failures onto Node's error codes. */
final class NetErrors {
    private NetErrors() {}

    static Errno errnoOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Errors.NativeIoException n) return Errno.fromLinux(-n.expectedErr());
            // Netty reports a connect() to a missing UNIX socket path this way.
            if (c instanceof java.io.FileNotFoundException) return Errno.ENOENT;
            if (c instanceof BindException b) return fromMessage(b.getMessage(), Errno.EADDRINUSE);
            if (c instanceof ConnectException e) return fromMessage(e.getMessage(), Errno.ECONNREFUSED);
            if (c instanceof NoRouteToHostException) return Errno.EHOSTUNREACH;
            if (c instanceof PortUnreachableException) return Errno.ECONNREFUSED;
            if (c instanceof ClosedChannelException) return Errno.EPIPE;
            if (c instanceof NotYetConnectedException) return Errno.ENOTCONN;
            if (c instanceof IOException io && io.getMessage() != null) {
                Errno e = fromMessage(io.getMessage(), null);
                if (e != null) return e;
            }
        }
        return Errno.EIO;
    }

    /** Netty's native errors carry strerror() text; map the common ones. */
    private static Errno fromMessage(String message, Errno fallback) {
        if (message == null) return fallback;
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("address already in use")) return Errno.EADDRINUSE;
        if (m.contains("cannot assign requested address")) return Errno.EADDRNOTAVAIL;
        if (m.contains("permission denied")) return Errno.EACCES;
        if (m.contains("connection refused")) return Errno.ECONNREFUSED;
        if (m.contains("connection reset")) return Errno.ECONNRESET;
        if (m.contains("broken pipe")) return Errno.EPIPE;
        if (m.contains("timed out")) return Errno.ETIMEDOUT;
        if (m.contains("no route to host")) return Errno.EHOSTUNREACH;
        if (m.contains("network is unreachable")) return Errno.ENETUNREACH;
        if (m.contains("no such file or directory")) return Errno.ENOENT;
        if (m.contains("address family not supported")) return Errno.EAFNOSUPPORT;
        if (m.contains("invalid argument")) return Errno.EINVAL;
        if (m.contains("socket operation on non-socket")) return Errno.ENOTSOCK;
        if (m.contains("not connected")) return Errno.ENOTCONN;
        if (m.contains("bad file descriptor")) return Errno.EBADF;
        if (m.contains("too many open files")) return Errno.EMFILE;
        if (m.contains("message too long")) return Errno.EMSGSIZE;
        if (m.contains("operation not permitted")) return Errno.EPERM;
        if (m.contains("protocol wrong type")) return Errno.EPROTOTYPE;
        if (m.contains("file name too long")) return Errno.ENAMETOOLONG;
        if (m.contains("host is unreachable")) return Errno.EHOSTUNREACH;
        return fallback;
    }
}
