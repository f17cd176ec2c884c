package jnode.binding;

import jnode.loop.WorkerPool;
import jnode.posix.Errno;
import jnode.posix.FileCalls;
import jnode.posix.PosixException;
import jnode.posix.RawMemory;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code process.binding('fs')}: the file system calls under lib/fs.js, on real file descriptors
 * (jnode.posix.FileCalls). Each call runs synchronously when its last argument is not a function
 * (returning the result or throwing Node's error), or on the worker pool when it is: the callback
 * then runs on the loop thread as {@code callback(err)} or {@code callback(null, result...)}, as
 * Node v0.10's fs requests complete.
 *
 * <p>Paths go to the kernel as given: relative ones resolve against the real working directory,
 * which process.chdir changes. lib/fs.js validates every argument first, so the types here are
 * trusted.
 *
 * <p>stat results are not objects: the fields land in {@link #statValues}, memory that
 * JavaScript sees as a Float64Array, right before a synchronous call returns or an asynchronous
 * callback runs (both on the loop thread), and JavaScript builds its Stats from there.
 *
 * <p>The module loader uses the synchronous helpers {@link #modeOf}, {@link #realpath} and
 * {@link #readFileUtf8}, which take absolute paths.
 */
public final class FsBinding {
    /** Node v0.10's largest Buffer (kMaxLength); readFile refuses larger files. */
    private static final long MAX_BUFFER = 0x3fffffffL;
    /** Read size for files whose stat size says nothing (procfs, pipes, character devices). */
    private static final int UNSIZED_CHUNK = 64 * 1024;

    private final NodeRuntime runtime;
    private final MemorySegment stats;

    /**
     * The latest stat: dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks, atime, mtime,
     * ctime (ms), then the nanoseconds of atime, mtime, ctime; doubles in native byte order.
     */
    @Export
    public final ByteBuffer statValues;

    FsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        this.statValues = ByteBuffer.allocateDirect(FileCalls.STAT_FIELDS * 8).order(ByteOrder.nativeOrder());
        this.stats = MemorySegment.ofBuffer(statValues);
    }

    /** A blocking call whose outcome lib/fs.js receives. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws Exception;
    }

    /** A failure that is not a system call's, reported as a JavaScript error of the given type. */
    private static final class JsError extends Exception {
        final String type;

        JsError(String type, String message) {
            super(message, null, false, false);
            this.type = type;
        }
    }

    private static final Object[] NO_RESULTS = new Object[0];

    private static boolean isCallback(Value cb) {
        return cb != null && cb.canExecute();
    }

    /**
     * Runs {@code call} now, or on the worker pool when {@code cb} is a function. {@code results}
     * turns its value into the callback's arguments after the error (on the loop thread); the
     * synchronous form returns the first of them. Errors name {@code path}, or {@code dest} for
     * the errors that are about the destination (EEXIST, ENOTEMPTY, EPERM), as Node v0.10 does.
     */
    private <T> Object run(Value cb, String path, String dest, Call<T> call, ResultMapper<T> results) {
        return run(cb, path, dest, false, call, results);
    }

    /**
     * As above; with {@code pathOnlyForOpen}, for calls that open a path and then work on the fd
     * (readFile, writeFile, truncate), only a failed open names the path, as in Node v0.10 where
     * those were separate calls ("EISDIR, read").
     */
    private <T> Object run(Value cb, String path, String dest, boolean pathOnlyForOpen, Call<T> call, ResultMapper<T> results) {
        if (isCallback(cb)) {
            WorkerPool.Work<T> work = call::run;
            runtime.loop().workers().submit(work, outcome -> {
                if (outcome.failed()) {
                    runtime.callback(null, cb, errorOf(outcome.error(), pathFor(outcome.error(), path, pathOnlyForOpen), dest));
                    return;
                }
                Object[] values = results.map(outcome.value());
                Object[] args = new Object[values.length + 1];
                System.arraycopy(values, 0, args, 1, values.length);
                runtime.callback(null, cb, args);
            });
            return null;
        }
        T value;
        try {
            value = call.run();
        } catch (Exception e) {
            throw errorOf(e, pathFor(e, path, pathOnlyForOpen), dest).throwException();
        }
        Object[] values = results.map(value);
        return values.length == 0 ? null : values[0];
    }

    @FunctionalInterface
    private interface ResultMapper<T> {
        Object[] map(T value);
    }

    private static <T> ResultMapper<T> none() {
        return v -> NO_RESULTS;
    }

    private static <T> ResultMapper<T> single() {
        return v -> new Object[] {v};
    }

    private static String pathFor(Exception e, String path, boolean pathOnlyForOpen) {
        if (pathOnlyForOpen && e instanceof PosixException p && !p.syscall.equals("open")) return null;
        return path;
    }

    private Value errorOf(Exception e, String path, String dest) {
        if (e instanceof PosixException p) {
            boolean aboutDest = dest != null && (p.errno == Errno.EEXIST || p.errno == Errno.ENOTEMPTY || p.errno == Errno.EPERM);
            return runtime.interop().uvError(p.errno, p.syscall, aboutDest ? dest : path);
        }
        if (e instanceof JsError j) return runtime.interop().error(j.type, j.getMessage());
        return runtime.interop().error("Error", "internal jnode error: " + e);
    }

    // ---------------------------------------------------------------------------------------------
    // Synchronous forms of the hottest calls (require() and readFileSync use them for every file).
    // They take no callback parameter: converting JavaScript's `undefined` into a polyglot Value
    // and asking it whether it is executable, plus run()'s lambdas and result array, cost ~2 µs
    // per call under C1, four times the system call itself.

    private RuntimeException syncError(Exception e, String path) {
        return errorOf(e, path, null).throwException();
    }

    @Export
    public int openSync(String path, int flags, int mode) {
        try {
            return FileCalls.open(path, flags, mode);
        } catch (Exception e) {
            throw syncError(e, path);
        }
    }

    @Export
    public void closeSync(int fd) {
        try {
            FileCalls.close(fd);
        } catch (Exception e) {
            throw syncError(e, null);
        }
    }

    @Export
    public int readSync(int fd, ByteBuffer memory, int offset, int length, double position) {
        try {
            return FileCalls.read(fd, memory, offset, length, (long) position);
        } catch (Exception e) {
            throw syncError(e, null);
        }
    }

    @Export
    public int writeSync(int fd, ByteBuffer memory, int offset, int length, double position) {
        try {
            return FileCalls.write(fd, memory, offset, length, (long) position);
        } catch (Exception e) {
            throw syncError(e, null);
        }
    }

    /** stat, lstat or fstat (by {@code kind}: 0, 1, 2) into statValues. */
    @Export
    public void statSync(int kind, String path, int fd) {
        try {
            publishStats(kind == 2 ? FileCalls.fstat(fd) : kind == 1 ? FileCalls.lstat(path) : FileCalls.stat(path));
        } catch (Exception e) {
            throw syncError(e, path);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // File descriptors

    @Export
    public Object open(String path, int flags, int mode, Value cb) {
        return run(cb, path, null, () -> FileCalls.open(path, flags, mode), single());
    }

    @Export
    public void close(int fd, Value cb) {
        run(cb, null, null, () -> {
            FileCalls.close(fd);
            return null;
        }, none());
    }

    /** Reads into [offset, offset + length) of memory; position < 0 means the current file position. */
    @Export
    public Object read(int fd, ByteBuffer memory, int offset, int length, double position, Value cb) {
        long pos = (long) position;
        return run(cb, null, null, () -> FileCalls.read(fd, memory, offset, length, pos), single());
    }

    @Export
    public Object write(int fd, ByteBuffer memory, int offset, int length, double position, Value cb) {
        long pos = (long) position;
        return run(cb, null, null, () -> FileCalls.write(fd, memory, offset, length, pos), single());
    }

    @Export
    public void ftruncate(int fd, double length, Value cb) {
        long len = (long) length;
        run(cb, null, null, () -> {
            FileCalls.ftruncate(fd, len);
            return null;
        }, none());
    }

    /** truncate as Node v0.10 does it: open for writing, ftruncate, close (so errors name "open"). */
    @Export
    public void truncate(String path, double length, Value cb) {
        long len = (long) length;
        run(cb, path, null, true, () -> {
            int fd = FileCalls.open(path, 2 /* O_RDWR */ | 02000000 /* O_CLOEXEC */, 0);
            try {
                FileCalls.ftruncate(fd, len);
            } finally {
                FileCalls.close(fd);
            }
            return null;
        }, none());
    }

    @Export
    public void fsync(int fd, Value cb) {
        run(cb, null, null, () -> {
            FileCalls.fsync(fd);
            return null;
        }, none());
    }

    @Export
    public void fdatasync(int fd, Value cb) {
        run(cb, null, null, () -> {
            FileCalls.fdatasync(fd);
            return null;
        }, none());
    }

    @Export
    public void fchmod(int fd, int mode, Value cb) {
        run(cb, null, null, () -> {
            FileCalls.fchmod(fd, mode);
            return null;
        }, none());
    }

    @Export
    public void fchown(int fd, double uid, double gid, Value cb) {
        int u = (int) (long) uid;
        int g = (int) (long) gid;
        run(cb, null, null, () -> {
            FileCalls.fchown(fd, u, g);
            return null;
        }, none());
    }

    @Export
    public void futimes(int fd, double atime, double mtime, Value cb) {
        run(cb, null, null, () -> {
            FileCalls.futimes(fd, atime, mtime);
            return null;
        }, none());
    }

    // ---------------------------------------------------------------------------------------------
    // stat: results go to statValues

    @Export
    public void stat(String path, Value cb) {
        run(cb, path, null, () -> FileCalls.stat(path), this::publishStats);
    }

    @Export
    public void lstat(String path, Value cb) {
        run(cb, path, null, () -> FileCalls.lstat(path), this::publishStats);
    }

    @Export
    public void fstat(int fd, Value cb) {
        run(cb, null, null, () -> FileCalls.fstat(fd), this::publishStats);
    }

    private Object[] publishStats(double[] fields) {
        MemorySegment.copy(fields, 0, stats, ValueLayout.JAVA_DOUBLE, 0, fields.length);
        return NO_RESULTS;
    }

    // ---------------------------------------------------------------------------------------------
    // Paths

    @Export
    public void rename(String from, String to, Value cb) {
        run(cb, from, to, () -> {
            FileCalls.rename(from, to);
            return null;
        }, none());
    }

    @Export
    public void link(String existing, String newPath, Value cb) {
        run(cb, existing, newPath, () -> {
            FileCalls.link(existing, newPath);
            return null;
        }, none());
    }

    @Export
    public void symlink(String target, String linkPath, Value cb) {
        run(cb, target, linkPath, () -> {
            FileCalls.symlink(target, linkPath);
            return null;
        }, none());
    }

    @Export
    public void unlink(String path, Value cb) {
        run(cb, path, null, () -> {
            FileCalls.unlink(path);
            return null;
        }, none());
    }

    @Export
    public void rmdir(String path, Value cb) {
        run(cb, path, null, () -> {
            FileCalls.rmdir(path);
            return null;
        }, none());
    }

    @Export
    public void mkdir(String path, int mode, Value cb) {
        run(cb, path, null, () -> {
            FileCalls.mkdir(path, mode);
            return null;
        }, none());
    }

    @Export
    public Object readdir(String path, Value cb) {
        return run(cb, path, null, () -> FileCalls.readdir(path), names -> new Object[] {runtime.interop().arrayOf(names)});
    }

    @Export
    public void chmod(String path, int mode, Value cb) {
        run(cb, path, null, () -> {
            FileCalls.chmod(path, mode);
            return null;
        }, none());
    }

    @Export
    public void chown(String path, double uid, double gid, Value cb) {
        int u = (int) (long) uid;
        int g = (int) (long) gid;
        run(cb, path, null, () -> {
            FileCalls.chown(path, u, g);
            return null;
        }, none());
    }

    @Export
    public void lchown(String path, double uid, double gid, Value cb) {
        int u = (int) (long) uid;
        int g = (int) (long) gid;
        run(cb, path, null, () -> {
            FileCalls.lchown(path, u, g);
            return null;
        }, none());
    }

    @Export
    public void utimes(String path, double atime, double mtime, Value cb) {
        run(cb, path, null, () -> {
            FileCalls.utimes(path, atime, mtime);
            return null;
        }, none());
    }

    @Export
    public Object readlink(String path, Value cb) {
        return run(cb, path, null, () -> FileCalls.readlink(path), single());
    }

    // ---------------------------------------------------------------------------------------------
    // Whole files

    /** What readFile read: the memory and how many of its bytes are the file. */
    private record Contents(ByteBuffer memory, int length) {}

    /**
     * fs.readFile in one worker job: open, fstat for the size, one Buffer of that size, pread
     * straight into it, close. Files that report size 0 are read in chunks until end of file.
     * The callback gets {@code (null, memory, length)}.
     */
    @Export
    public void readFile(String path, int flags, Value cb) {
        run(cb, path, null, true, () -> readWhole(path, flags), c -> new Object[] {c.memory(), c.length()});
    }

    private static Contents readWhole(String path, int flags) throws Exception {
        int fd = FileCalls.open(path, flags | 02000000 /* O_CLOEXEC */, 0666);
        try {
            long size = FileCalls.sizeOf(fd);
            if (size > MAX_BUFFER) {
                throw new JsError("RangeError", "File size is greater than possible Buffer: 0x3FFFFFFF bytes");
            }
            if (size == 0) return readUnsized(fd);
            ByteBuffer memory = RawMemory.allocate((int) size);
            MemorySegment all = MemorySegment.ofBuffer(memory);
            long done = 0;
            while (done < size) {
                long n = FileCalls.read(fd, all.asSlice(done), done);
                if (n == 0) break; // the file shrank while we read it
                done += n;
            }
            return new Contents(memory, (int) done);
        } finally {
            FileCalls.close(fd);
        }
    }

    private static Contents readUnsized(int fd) throws Exception {
        List<ByteBuffer> chunks = new ArrayList<>();
        long total = 0;
        for (;;) {
            ByteBuffer chunk = RawMemory.allocate(UNSIZED_CHUNK);
            long n = FileCalls.read(fd, MemorySegment.ofBuffer(chunk), -1);
            if (n == 0) break;
            chunk.limit((int) n);
            chunks.add(chunk);
            total += n;
            if (total > MAX_BUFFER) {
                throw new JsError("RangeError", "File size is greater than possible Buffer: 0x3FFFFFFF bytes");
            }
        }
        ByteBuffer memory = RawMemory.allocate((int) total);
        for (ByteBuffer c : chunks) memory.put(c);
        return new Contents(memory, (int) total);
    }

    /** fs.writeFile in one worker job: open (flags, mode), write every byte, close. */
    @Export
    public void writeFile(String path, int flags, int mode, ByteBuffer memory, int offset, int length, Value cb) {
        run(cb, path, null, true, () -> {
            int fd = FileCalls.open(path, flags | 02000000 /* O_CLOEXEC */, mode);
            try {
                FileCalls.writeAll(fd, MemorySegment.ofBuffer(memory).asSlice(offset, length), -1);
            } finally {
                FileCalls.close(fd);
            }
            return null;
        }, none());
    }

    // ---------------------------------------------------------------------------------------------
    // The module loader's probes (absolute paths, synchronous)

    /** st_mode of {@code path} following links, or -1 when it cannot be stat'ed. */
    @Export
    public int modeOf(String path) {
        return FileCalls.modeOf(path);
    }

    @Export
    public String realpath(String path) {
        try {
            return FileCalls.realpath(path);
        } catch (PosixException e) {
            throw runtime.uvError(e, path);
        }
    }

    @Export
    public String readFileUtf8(String path) {
        try {
            Contents c = readWhole(path, 0);
            return StringCodec.decode(c.memory(), 0, c.length(), StringCodec.Encoding.UTF8);
        } catch (PosixException e) {
            throw runtime.uvError(e, path);
        } catch (Exception e) {
            throw errorOf(e, path, null).throwException();
        }
    }
}
