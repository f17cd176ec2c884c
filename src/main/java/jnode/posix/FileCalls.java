package jnode.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The file system calls of libc, made through the FFM API on real file descriptors: open, read,
 * write, pread, pwrite, close, statx, the path calls (rename, link, mkdir...), directory listing,
 * inotify. File descriptors are the kernel's own numbers, so fd 0/1/2 are the process's stdio and
 * a child process can inherit them. Relative paths are resolved by the kernel against the real
 * working directory (which process.chdir changes).
 *
 * <p>Every call reports failure as a {@link PosixException} carrying the errno captured right
 * after the call. Each thread has its own scratch memory (errno state, two path buffers, a stat
 * buffer), so a call allocates nothing native; reads and writes go straight between the file
 * descriptor and the caller's memory.
 */
public final class FileCalls {
    private FileCalls() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO_OPTION = Linker.Option.captureCallState("errno");

    private static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... extra) {
        Linker.Option[] options = Arrays.copyOf(extra, extra.length + 1);
        options[extra.length] = ERRNO_OPTION;
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd, options);
    }

    private static MethodHandle plain(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd);
    }

    private static final FunctionDescriptor INT_PATH = FunctionDescriptor.of(JAVA_INT, ADDRESS);
    private static final FunctionDescriptor INT_PATH_PATH = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
    private static final FunctionDescriptor INT_PATH_INT = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor INT_FD = FunctionDescriptor.of(JAVA_INT, JAVA_INT);
    private static final FunctionDescriptor INT_FD_INT = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT);

    // Each downcall handle is built the first time it is used (one holder class per function):
    // building one takes milliseconds, and a program uses few of them (the module loader only
    // statx, open, read and close).

    // open(2) is variadic: the mode is its first variadic argument.
    private static final class Open {
        static final MethodHandle H = fn("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
    }

    private static final class Close {
        static final MethodHandle H = fn("close", INT_FD);
    }

    private static final class Read {
        static final MethodHandle H = fn("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    private static final class Write {
        static final MethodHandle H = fn("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    private static final class Pread {
        static final MethodHandle H = fn("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    private static final class Pwrite {
        static final MethodHandle H = fn("pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    private static final class Statx {
        static final MethodHandle H = fn("statx", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    }

    private static final class Ftruncate {
        static final MethodHandle H = fn("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
    }

    private static final class Fsync {
        static final MethodHandle H = fn("fsync", INT_FD);
    }

    private static final class Fdatasync {
        static final MethodHandle H = fn("fdatasync", INT_FD);
    }

    private static final class Rename {
        static final MethodHandle H = fn("rename", INT_PATH_PATH);
    }

    private static final class Link {
        static final MethodHandle H = fn("link", INT_PATH_PATH);
    }

    private static final class Symlink {
        static final MethodHandle H = fn("symlink", INT_PATH_PATH);
    }

    private static final class Unlink {
        static final MethodHandle H = fn("unlink", INT_PATH);
    }

    private static final class Rmdir {
        static final MethodHandle H = fn("rmdir", INT_PATH);
    }

    private static final class Mkdir {
        static final MethodHandle H = fn("mkdir", INT_PATH_INT);
    }

    private static final class Chmod {
        static final MethodHandle H = fn("chmod", INT_PATH_INT);
    }

    private static final class Fchmod {
        static final MethodHandle H = fn("fchmod", INT_FD_INT);
    }

    private static final class Chown {
        static final MethodHandle H = fn("chown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    }

    private static final class Lchown {
        static final MethodHandle H = fn("lchown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    }

    private static final class Fchown {
        static final MethodHandle H = fn("fchown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    private static final class Readlink {
        static final MethodHandle H = fn("readlink", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    }

    private static final class Realpath {
        static final MethodHandle H = fn("realpath", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    private static final class Utimensat {
        static final MethodHandle H = fn("utimensat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    private static final class Futimens {
        static final MethodHandle H = fn("futimens", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    }

    private static final class Opendir {
        static final MethodHandle H = fn("opendir", FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    private static final class Readdir {
        static final MethodHandle H = fn("readdir64", FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    private static final class Closedir {
        static final MethodHandle H = fn("closedir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    private static final class ErrnoLocation {
        static final MethodHandle H = plain("__errno_location", FunctionDescriptor.of(ADDRESS));
    }

    private static final class InotifyInit1 {
        static final MethodHandle H = fn("inotify_init1", INT_FD);
    }

    private static final class InotifyAddWatch {
        static final MethodHandle H = fn("inotify_add_watch", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class InotifyRmWatch {
        static final MethodHandle H = fn("inotify_rm_watch", INT_FD_INT);
    }


    private static final int EINTR = 4;
    private static final int PATH_MAX = 4096;
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int AT_EMPTY_PATH = 0x1000;
    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final int STATX_SIZE = 256;

    /** Per-thread native scratch memory, so calls allocate nothing. */
    private static final class Scratch {
        final Arena arena = Arena.ofAuto();
        final MemorySegment state = arena.allocate(CAPTURE);
        final MemorySegment pathA = arena.allocate(PATH_MAX);
        final MemorySegment pathB = arena.allocate(PATH_MAX);
        final MemorySegment statx = arena.allocate(STATX_SIZE, 8);
        final MemorySegment times = arena.allocate(32, 8);
        final MemorySegment text = arena.allocate(PATH_MAX);
        MemorySegment errnoLocation;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** This thread's scratch memory: a field of jnode's own threads, a ThreadLocal elsewhere. */
    private static Scratch scratch() {
        if (Thread.currentThread() instanceof PosixThread t) {
            Object s = t.scratch;
            if (s == null) t.scratch = s = new Scratch();
            return (Scratch) s;
        }
        return SCRATCH.get();
    }

    private static int errno(Scratch s) {
        return (int) ERRNO.get(s.state, 0L);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /** Writes {@code path} NUL-terminated into {@code buf}; a path the kernel would refuse as too long fails here. */
    private static MemorySegment cString(MemorySegment buf, String path, String syscall) throws PosixException {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length >= PATH_MAX) throw new PosixException(Errno.ENAMETOOLONG, syscall);
        MemorySegment.copy(bytes, 0, buf, JAVA_BYTE, 0, bytes.length);
        buf.set(JAVA_BYTE, bytes.length, (byte) 0);
        return buf;
    }

    private static void check(int result, Scratch s, String syscall) throws PosixException {
        if (result < 0) throw new PosixException(errno(s), syscall);
    }

    // ---------------------------------------------------------------------------------------------
    // File descriptors

    public static int open(String path, int flags, int mode) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, "open");
        try {
            for (;;) {
                int fd = (int) Open.H.invokeExact(s.state, p, flags, mode);
                if (fd >= 0) return fd;
                if (errno(s) != EINTR) throw new PosixException(errno(s), "open");
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void close(int fd) throws PosixException {
        Scratch s = scratch();
        try {
            int r = (int) Close.H.invokeExact(s.state, fd);
            // Linux always releases the descriptor, even when close reports EINTR.
            if (r < 0 && errno(s) != EINTR) throw new PosixException(errno(s), "close");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Reads up to {@code length} bytes into {@code memory} at {@code offset}, at file position
     * {@code position} (pread), or at the current position when it is negative (read).
     */
    public static int read(int fd, ByteBuffer memory, int offset, int length, long position) throws PosixException {
        return (int) read(fd, MemorySegment.ofBuffer(memory).asSlice(offset, length), position);
    }

    public static long read(int fd, MemorySegment dst, long position) throws PosixException {
        Scratch s = scratch();
        try {
            for (;;) {
                long n = position < 0
                        ? (long) Read.H.invokeExact(s.state, fd, dst, dst.byteSize())
                        : (long) Pread.H.invokeExact(s.state, fd, dst, dst.byteSize(), position);
                if (n >= 0) return n;
                if (errno(s) != EINTR) throw new PosixException(errno(s), "read");
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Writes bytes of {@code memory} (one write or pwrite call; may write fewer). */
    public static int write(int fd, ByteBuffer memory, int offset, int length, long position) throws PosixException {
        return (int) write(fd, MemorySegment.ofBuffer(memory).asSlice(offset, length), position);
    }

    public static long write(int fd, MemorySegment src, long position) throws PosixException {
        Scratch s = scratch();
        try {
            for (;;) {
                long n = position < 0
                        ? (long) Write.H.invokeExact(s.state, fd, src, src.byteSize())
                        : (long) Pwrite.H.invokeExact(s.state, fd, src, src.byteSize(), position);
                if (n >= 0) return n;
                if (errno(s) != EINTR) throw new PosixException(errno(s), "write");
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Writes all of {@code src}, looping over short writes (at {@code position}, or appending when negative). */
    public static void writeAll(int fd, MemorySegment src, long position) throws PosixException {
        long done = 0;
        long size = src.byteSize();
        while (done < size) {
            long n = write(fd, src.asSlice(done), position < 0 ? -1 : position + done);
            if (n == 0) throw new PosixException(Errno.EIO, "write");
            done += n;
        }
    }

    public static void ftruncate(int fd, long length) throws PosixException {
        Scratch s = scratch();
        try {
            check((int) Ftruncate.H.invokeExact(s.state, fd, length), s, "ftruncate");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void fsync(int fd) throws PosixException {
        fdCall(Fsync.H, fd, "fsync");
    }

    public static void fdatasync(int fd) throws PosixException {
        fdCall(Fdatasync.H, fd, "fdatasync");
    }

    private static void fdCall(MethodHandle h, int fd, String syscall) throws PosixException {
        Scratch s = scratch();
        try {
            check((int) h.invokeExact(s.state, fd), s, syscall);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void fchmod(int fd, int mode) throws PosixException {
        Scratch s = scratch();
        try {
            check((int) Fchmod.H.invokeExact(s.state, fd, mode), s, "fchmod");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void fchown(int fd, int uid, int gid) throws PosixException {
        Scratch s = scratch();
        try {
            check((int) Fchown.H.invokeExact(s.state, fd, uid, gid), s, "fchown");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void futimes(int fd, double atime, double mtime) throws PosixException {
        Scratch s = scratch();
        try {
            check((int) Futimens.H.invokeExact(s.state, fd, timespecs(s, atime, mtime)), s, "futime");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // stat

    /**
     * The stat fields: dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks, atime, mtime,
     * ctime (times in milliseconds since the epoch, whole seconds as Node v0.10 reports them),
     * then the nanoseconds of atime, mtime and ctime (for change detection).
     */
    public static final int STAT_FIELDS = 16;

    public static double[] stat(String path) throws PosixException {
        Scratch s = scratch();
        return statx(s, AT_FDCWD, cString(s.pathA, path, "stat"), 0, "stat");
    }

    public static double[] lstat(String path) throws PosixException {
        Scratch s = scratch();
        return statx(s, AT_FDCWD, cString(s.pathA, path, "lstat"), AT_SYMLINK_NOFOLLOW, "lstat");
    }

    public static double[] fstat(int fd) throws PosixException {
        Scratch s = scratch();
        s.pathA.set(JAVA_BYTE, 0, (byte) 0);
        return statx(s, fd, s.pathA, AT_EMPTY_PATH, "fstat");
    }

    /** The st_mode of {@code path} (following links), or -1 if it cannot be stat'ed: the loader's cheap probe. */
    public static int modeOf(String path) {
        Scratch s = scratch();
        try {
            MemorySegment p = cString(s.pathA, path, "stat");
            int r = (int) Statx.H.invokeExact(s.state, AT_FDCWD, p, 0, STATX_BASIC_STATS, s.statx);
            return r < 0 ? -1 : Short.toUnsignedInt(s.statx.get(JAVA_SHORT, 28));
        } catch (PosixException e) {
            return -1;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The size of the file open as {@code fd} (fstat's st_size). */
    public static long sizeOf(int fd) throws PosixException {
        return (long) fstat(fd)[7];
    }

    private static double[] statx(Scratch s, int dirfd, MemorySegment path, int flags, String syscall) throws PosixException {
        try {
            int r = (int) Statx.H.invokeExact(s.state, dirfd, path, flags, STATX_BASIC_STATS, s.statx);
            if (r < 0) throw new PosixException(errno(s), syscall);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
        StatxView stx = new StatxView(s.statx);
        return new double[] {
            makedev(stx.u32(136), stx.u32(140)),
            stx.u64(32),
            stx.u16(28),
            stx.u32(16),
            stx.u32(20),
            stx.u32(24),
            makedev(stx.u32(128), stx.u32(132)),
            stx.u64(40),
            stx.u32(4),
            stx.u64(48),
            stx.millis(64),
            stx.millis(112),
            stx.millis(96),
            stx.u32(72),
            stx.u32(120),
            stx.u32(104),
        };
    }

    /** Field access on a struct statx. */
    private record StatxView(MemorySegment m) {
        double u16(long off) {
            return Short.toUnsignedInt(m.get(JAVA_SHORT, off));
        }

        double u32(long off) {
            return Integer.toUnsignedLong(m.get(JAVA_INT, off));
        }

        double u64(long off) {
            long v = m.get(JAVA_LONG, off);
            return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
        }

        // Node v0.10 builds its Dates from whole seconds (st_atime, st_mtime, st_ctime).
        double millis(long off) {
            return m.get(JAVA_LONG, off) * 1000.0;
        }
    }

    // glibc's gnu_dev_makedev.
    private static double makedev(double major, double minor) {
        long ma = (long) major;
        long mi = (long) minor;
        long dev = ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL);
        return dev;
    }

    // ---------------------------------------------------------------------------------------------
    // Path calls

    public static void rename(String from, String to) throws PosixException {
        twoPaths(Rename.H, from, to, "rename");
    }

    public static void link(String existing, String newPath) throws PosixException {
        twoPaths(Link.H, existing, newPath, "link");
    }

    public static void symlink(String target, String linkPath) throws PosixException {
        twoPaths(Symlink.H, target, linkPath, "symlink");
    }

    private static void twoPaths(MethodHandle h, String a, String b, String syscall) throws PosixException {
        Scratch s = scratch();
        MemorySegment pa = cString(s.pathA, a, syscall);
        MemorySegment pb = cString(s.pathB, b, syscall);
        try {
            check((int) h.invokeExact(s.state, pa, pb), s, syscall);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void unlink(String path) throws PosixException {
        onePath(Unlink.H, path, "unlink");
    }

    public static void rmdir(String path) throws PosixException {
        onePath(Rmdir.H, path, "rmdir");
    }

    private static void onePath(MethodHandle h, String path, String syscall) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, syscall);
        try {
            check((int) h.invokeExact(s.state, p), s, syscall);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void mkdir(String path, int mode) throws PosixException {
        pathAndInt(Mkdir.H, path, mode, "mkdir");
    }

    public static void chmod(String path, int mode) throws PosixException {
        pathAndInt(Chmod.H, path, mode, "chmod");
    }

    private static void pathAndInt(MethodHandle h, String path, int value, String syscall) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, syscall);
        try {
            check((int) h.invokeExact(s.state, p, value), s, syscall);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void chown(String path, int uid, int gid) throws PosixException {
        chownCall(Chown.H, path, uid, gid, "chown");
    }

    public static void lchown(String path, int uid, int gid) throws PosixException {
        chownCall(Lchown.H, path, uid, gid, "lchown");
    }

    private static void chownCall(MethodHandle h, String path, int uid, int gid, String syscall) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, syscall);
        try {
            check((int) h.invokeExact(s.state, p, uid, gid), s, syscall);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void utimes(String path, double atime, double mtime) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, "utime");
        try {
            check((int) Utimensat.H.invokeExact(s.state, AT_FDCWD, p, timespecs(s, atime, mtime), 0), s, "utime");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Two struct timespec from seconds (fractions kept to the nanosecond). */
    private static MemorySegment timespecs(Scratch s, double atime, double mtime) {
        setTimespec(s.times, 0, atime);
        setTimespec(s.times, 16, mtime);
        return s.times;
    }

    private static void setTimespec(MemorySegment m, long off, double seconds) {
        double whole = Math.floor(seconds);
        long nanos = Math.min(999_999_999L, Math.max(0L, Math.round((seconds - whole) * 1e9)));
        m.set(JAVA_LONG, off, (long) whole);
        m.set(JAVA_LONG, off + 8, nanos);
    }

    public static String readlink(String path) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, "readlink");
        try {
            long n = (long) Readlink.H.invokeExact(s.state, p, s.text, (long) PATH_MAX);
            if (n < 0) throw new PosixException(errno(s), "readlink");
            return utf8(s.text, n);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String realpath(String path) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, "realpath");
        try {
            MemorySegment r = (MemorySegment) Realpath.H.invokeExact(s.state, p, s.text);
            if (r.address() == 0) throw new PosixException(errno(s), "realpath");
            return s.text.getString(0);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The names in a directory except "." and "..", in byte order (as libuv 0.10's scandir with alphasort). */
    public static List<String> readdir(String path) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, "readdir");
        List<byte[]> names = new ArrayList<>();
        try {
            MemorySegment dir = (MemorySegment) Opendir.H.invokeExact(s.state, p);
            if (dir.address() == 0) throw new PosixException(errno(s), "readdir");
            try {
                MemorySegment errnoCell = errnoLocation(s);
                for (;;) {
                    // readdir signals the end and an error alike with NULL; only errno tells them apart.
                    errnoCell.set(JAVA_INT, 0, 0);
                    MemorySegment entry = (MemorySegment) Readdir.H.invokeExact(s.state, dir);
                    if (entry.address() == 0) {
                        if (errno(s) != 0) throw new PosixException(errno(s), "readdir");
                        break;
                    }
                    // struct dirent64: d_ino, d_off, d_reclen (u16 at 16), d_type, d_name at 19.
                    MemorySegment e = entry.reinterpret(Short.toUnsignedInt(entry.reinterpret(18).get(JAVA_SHORT, 16)));
                    long len = 0;
                    long max = e.byteSize() - 19;
                    while (len < max && e.get(JAVA_BYTE, 19 + len) != 0) len++;
                    byte[] name = e.asSlice(19, len).toArray(JAVA_BYTE);
                    if (isDotOrDotDot(name)) continue;
                    names.add(name);
                }
            } finally {
                int ignored = (int) Closedir.H.invokeExact(s.state, dir);
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
        names.sort(Arrays::compareUnsigned);
        List<String> out = new ArrayList<>(names.size());
        for (byte[] n : names) out.add(new String(n, StandardCharsets.UTF_8));
        return out;
    }

    private static boolean isDotOrDotDot(byte[] n) {
        return (n.length == 1 && n[0] == '.') || (n.length == 2 && n[0] == '.' && n[1] == '.');
    }

    private static MemorySegment errnoLocation(Scratch s) throws Throwable {
        if (s.errnoLocation == null) {
            s.errnoLocation = ((MemorySegment) ErrnoLocation.H.invokeExact()).reinterpret(4);
        }
        return s.errnoLocation;
    }

    private static String utf8(MemorySegment m, long length) {
        byte[] bytes = m.asSlice(0, length).toArray(JAVA_BYTE);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------
    // inotify (fs.watch)

    public static int inotifyInit(int flags) throws PosixException {
        Scratch s = scratch();
        try {
            int fd = (int) InotifyInit1.H.invokeExact(s.state, flags);
            check(fd, s, "inotify_init");
            return fd;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int inotifyAddWatch(int fd, String path, int mask) throws PosixException {
        Scratch s = scratch();
        MemorySegment p = cString(s.pathA, path, "watch");
        try {
            int wd = (int) InotifyAddWatch.H.invokeExact(s.state, fd, p, mask);
            check(wd, s, "watch");
            return wd;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void inotifyRmWatch(int fd, int wd) {
        Scratch s = scratch();
        try {
            int ignored = (int) InotifyRmWatch.H.invokeExact(s.state, fd, wd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
