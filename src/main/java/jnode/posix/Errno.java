package jnode.posix;

import java.util.HashMap;
import java.util.Map;

/**
 * Error codes as Node v0.10 reports them. Node v0.10 exposes libuv 0.10's own error numbers
 * ({@code err.errno}, e.g. ENOENT is 34) and names ({@code err.code}); the kernel's errno values
 * (ENOENT is 2 on Linux) are mapped onto them here.
 */
public enum Errno {
    UNKNOWN(-1, 0, "unknown error"),
    OK(0, 0, "success"),
    EOF(1, 0, "end of file"),
    EADDRINFO(2, 0, "getaddrinfo error"),
    EACCES(3, 13, "permission denied"),
    EAGAIN(4, 11, "resource temporarily unavailable"),
    EADDRINUSE(5, 98, "address already in use"),
    EADDRNOTAVAIL(6, 99, "address not available"),
    EAFNOSUPPORT(7, 97, "address family not supported"),
    EALREADY(8, 114, "connection already in progress"),
    EBADF(9, 9, "bad file descriptor"),
    EBUSY(10, 16, "resource busy or locked"),
    ECONNABORTED(11, 103, "software caused connection abort"),
    ECONNREFUSED(12, 111, "connection refused"),
    ECONNRESET(13, 104, "connection reset by peer"),
    EDESTADDRREQ(14, 89, "destination address required"),
    EFAULT(15, 14, "bad address in system call argument"),
    EHOSTUNREACH(16, 113, "host is unreachable"),
    EINTR(17, 4, "interrupted system call"),
    EINVAL(18, 22, "invalid argument"),
    EISCONN(19, 106, "socket is already connected"),
    EMFILE(20, 24, "too many open files"),
    EMSGSIZE(21, 90, "message too long"),
    ENETDOWN(22, 100, "network is down"),
    ENETUNREACH(23, 101, "network is unreachable"),
    ENFILE(24, 23, "file table overflow"),
    ENOBUFS(25, 105, "no buffer space available"),
    ENOMEM(26, 12, "not enough memory"),
    ENOTDIR(27, 20, "not a directory"),
    EISDIR(28, 21, "illegal operation on a directory"),
    ENONET(29, 64, "machine is not on the network"),
    ENOTCONN(31, 107, "socket is not connected"),
    ENOTSOCK(32, 88, "socket operation on non-socket"),
    ENOTSUP(33, 95, "operation not supported on socket"),
    ENOENT(34, 2, "no such file or directory"),
    ENOSYS(35, 38, "function not implemented"),
    EPIPE(36, 32, "broken pipe"),
    EPROTO(37, 71, "protocol error"),
    EPROTONOSUPPORT(38, 93, "protocol not supported"),
    EPROTOTYPE(39, 91, "protocol wrong type for socket"),
    ETIMEDOUT(40, 110, "connection timed out"),
    ECHARSET(41, 0, "invalid Unicode character"),
    EAIFAMNOSUPPORT(42, 0, "address family for hostname not supported"),
    EAISERVICE(44, 0, "servname not supported for ai_socktype"),
    EAISOCKTYPE(45, 0, "ai_socktype not supported"),
    ESHUTDOWN(46, 108, "cannot send after transport endpoint shutdown"),
    EEXIST(47, 17, "file already exists"),
    ESRCH(48, 3, "no such process"),
    ENAMETOOLONG(49, 36, "name too long"),
    EPERM(50, 1, "operation not permitted"),
    ELOOP(51, 40, "too many symbolic links encountered"),
    EXDEV(52, 18, "cross-device link not permitted"),
    ENOTEMPTY(53, 39, "directory not empty"),
    ENOSPC(54, 28, "no space left on device"),
    EIO(55, 5, "i/o error"),
    EROFS(56, 30, "read-only file system"),
    ENODEV(57, 19, "no such device"),
    ESPIPE(58, 29, "invalid seek"),
    ECANCELED(59, 125, "operation canceled"),
    EFBIG(60, 27, "file too large"),
    ENOPROTOOPT(61, 92, "protocol not available"),
    ETXTBSY(62, 26, "text file is busy"),
    ERANGE(63, 34, "result too large"),
    ENXIO(64, 6, "no such device or address"),
    EMLINK(65, 31, "too many links"),
    ENOTTY(-1, 25, "inappropriate ioctl for device");

    /** libuv 0.10's number for this error: what Node v0.10 puts in {@code err.errno}. */
    public final int uvCode;
    /** The Linux errno this corresponds to (0 when it has none). */
    public final int linuxErrno;
    public final String description;

    Errno(int uvCode, int linuxErrno, String description) {
        this.uvCode = uvCode;
        this.linuxErrno = linuxErrno;
        this.description = description;
    }

    private static final Map<Integer, Errno> BY_LINUX = new HashMap<>();

    static {
        for (Errno e : values()) {
            if (e.linuxErrno != 0) BY_LINUX.putIfAbsent(e.linuxErrno, e);
        }
        BY_LINUX.put(11, EAGAIN); // EWOULDBLOCK shares EAGAIN's number
    }

    /** The Node error for a kernel errno; UNKNOWN for numbers Node v0.10 had no name for. */
    public static Errno fromLinux(int errno) {
        return BY_LINUX.getOrDefault(errno, UNKNOWN);
    }
}
