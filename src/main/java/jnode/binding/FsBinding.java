package jnode.binding;

import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code process.binding('fs')}, the synchronous subset the module loader needs (stat, realpath,
 * reading a file as text, listing a directory). Paths arrive absolute: JavaScript resolves them
 * against process.cwd(), which the JVM's own notion of the working directory does not follow.
 */
public final class FsBinding {
    private final NodeRuntime runtime;

    FsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    private RuntimeException error(IOException e, String syscall, String path) {
        return runtime.interop().uvError(errnoOf(e), syscall, path).throwException();
    }

    static Errno errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) return Errno.ENOENT;
        if (e instanceof AccessDeniedException) return Errno.EACCES;
        if (e instanceof NotDirectoryException) return Errno.ENOTDIR;
        if (e instanceof FileAlreadyExistsException) return Errno.EEXIST;
        if (e instanceof DirectoryNotEmptyException) return Errno.ENOTEMPTY;
        if (e instanceof FileSystemLoopException) return Errno.ELOOP;
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            if (r.contains("Not a directory")) return Errno.ENOTDIR;
            if (r.contains("Is a directory")) return Errno.EISDIR;
            if (r.contains("Too many levels of symbolic links")) return Errno.ELOOP;
            if (r.contains("File name too long")) return Errno.ENAMETOOLONG;
            if (r.contains("Permission denied")) return Errno.EACCES;
        }
        return Errno.EIO;
    }

    /**
     * [dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks, atime, mtime, ctime] with
     * times in milliseconds.
     */
    @Export
    public double[] stat(String path, boolean followLinks) {
        try {
            LinkOption[] opts = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> a = Files.readAttributes(Path.of(path), "unix:*", opts);
            long size = ((Number) a.get("size")).longValue();
            return new double[] {
                num(a.get("dev")), num(a.get("ino")), num(a.get("mode")), num(a.get("nlink")),
                num(a.get("uid")), num(a.get("gid")), num(a.get("rdev")), size, 4096,
                Math.ceil(size / 512.0),
                millis(a.get("lastAccessTime")), millis(a.get("lastModifiedTime")), millis(a.get("ctime"))
            };
        } catch (IOException e) {
            throw error(e, followLinks ? "stat" : "lstat", path);
        }
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    private static double millis(Object o) {
        return o instanceof FileTime t ? t.toMillis() : 0;
    }

    @Export
    public String readFileUtf8(String path) {
        try {
            return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw error(e, "open", path);
        }
    }

    @Export
    public String realpath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            throw error(e, "realpath", path);
        }
    }

    @Export
    public Value readdir(String path) {
        try (Stream<Path> entries = Files.list(Path.of(path))) {
            return runtime.interop().arrayOf(entries.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            throw error(e, "scandir", path);
        }
    }
}
