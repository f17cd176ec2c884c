package jnode.binding;

import jnode.loop.Handle;
import jnode.posix.Errno;
import jnode.posix.FileCalls;
import jnode.posix.PosixException;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@code process.binding('fs_event_wrap').FSEvent}: the handle under fs.watch, over Linux inotify
 * as libuv does it. {@code start(path, persistent)} returns 0 or a Node error code name;
 * changes arrive as {@code onchange(status, event, filename)} on the loop thread, event being
 * 'change' (contents or attributes) or 'rename' (created, deleted, moved), filename the entry in a
 * watched directory, or the watched file's own name. A started watcher keeps the loop alive unless
 * it is not persistent.
 *
 * <p>One inotify descriptor serves the whole process; a daemon thread blocks reading it and posts
 * each event to the loop. Watchers of the same file share the kernel's watch descriptor.
 */
public final class FsEventWrap {
    private static final int IN_MODIFY = 0x2;
    private static final int IN_ATTRIB = 0x4;
    private static final int IN_MOVED_FROM = 0x40;
    private static final int IN_MOVED_TO = 0x80;
    private static final int IN_CREATE = 0x100;
    private static final int IN_DELETE = 0x200;
    private static final int IN_DELETE_SELF = 0x400;
    private static final int IN_MOVE_SELF = 0x800;
    private static final int IN_IGNORED = 0x8000;
    private static final int IN_CLOEXEC = 02000000;
    private static final int WATCH_MASK = IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF
            | IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO;

    private final NodeRuntime runtime;
    private final Handle handle;
    private String basename;
    private Inotify inotify;
    private int wd = -1;

    @Export
    public Value onchange;
    /** The FSWatcher this handle belongs to (Node's handle.owner). */
    @Export
    public Value owner;

    @Export
    public FsEventWrap() {
        this.runtime = NodeRuntime.current();
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
                stopWatching();
            }
        };
    }

    /** Starts watching {@code path}; 0 on success, else the error code's name (ENOENT...). */
    @Export
    public Object start(String path, boolean persistent) {
        if (handle.isClosed() || wd >= 0) return 0;
        try {
            inotify = Inotify.instance();
            wd = inotify.add(path, this);
        } catch (PosixException e) {
            return e.errno.name();
        }
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) trimmed = trimmed.substring(0, trimmed.length() - 1);
        basename = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (!persistent) handle.unref();
        handle.activate();
        return 0;
    }

    @Export
    public void close() {
        handle.close();
    }

    @Export
    public void ref() {
        handle.ref();
    }

    @Export
    public void unref() {
        handle.unref();
    }

    private void stopWatching() {
        if (wd >= 0) {
            inotify.remove(wd, this);
            wd = -1;
        }
    }

    /** On the loop thread: one inotify event for this watcher. */
    private void deliver(int mask, String name) {
        if (handle.isClosed() || wd < 0 || onchange == null) return;
        String event = (mask & ~(IN_ATTRIB | IN_MODIFY)) != 0 ? "rename" : "change";
        runtime.callback(this, onchange, 0, event, name != null ? name : basename);
    }

    /** The process's inotify descriptor, its watches and the thread reading its events. */
    private static final class Inotify {
        private static Inotify instance;

        private final int fd;
        private final Map<Integer, List<FsEventWrap>> watchers = new HashMap<>();

        /** The process's inotify instance, created on first use. */
        static synchronized Inotify instance() throws PosixException {
            if (instance == null) instance = new Inotify(FileCalls.inotifyInit(IN_CLOEXEC));
            return instance;
        }

        private Inotify(int fd) {
            this.fd = fd;
            Thread reader = new Thread(this::readEvents, "jnode-inotify");
            reader.setDaemon(true);
            reader.start();
        }

        synchronized int add(String path, FsEventWrap w) throws PosixException {
            int wd = FileCalls.inotifyAddWatch(fd, path, WATCH_MASK);
            watchers.computeIfAbsent(wd, k -> new ArrayList<>()).add(w);
            return wd;
        }

        synchronized void remove(int wd, FsEventWrap w) {
            List<FsEventWrap> list = watchers.get(wd);
            if (list == null) return;
            list.remove(w);
            if (list.isEmpty()) {
                watchers.remove(wd);
                FileCalls.inotifyRmWatch(fd, wd);
            }
        }

        private synchronized List<FsEventWrap> targets(int wd, boolean ignored) {
            List<FsEventWrap> list = ignored ? watchers.remove(wd) : watchers.get(wd);
            return list == null ? List.of() : List.copyOf(list);
        }

        private void readEvents() {
            MemorySegment buf = Arena.ofAuto().allocate(64 * 1024, 8);
            for (;;) {
                long n;
                try {
                    n = FileCalls.read(fd, buf, -1);
                } catch (PosixException e) {
                    if (e.errno == Errno.EINTR || e.errno == Errno.EAGAIN) continue;
                    return;
                }
                long off = 0;
                // struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }
                while (off + 16 <= n) {
                    int wd = buf.get(JAVA_INT, off);
                    int mask = buf.get(JAVA_INT, off + 4);
                    int len = buf.get(JAVA_INT, off + 12);
                    String name = null;
                    if (len > 0) {
                        long end = off + 16;
                        while (end < off + 16 + len && buf.get(JAVA_BYTE, end) != 0) end++;
                        name = new String(buf.asSlice(off + 16, end - off - 16).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
                    }
                    off += 16 + len;
                    boolean ignored = (mask & IN_IGNORED) != 0;
                    List<FsEventWrap> targets = targets(wd, ignored);
                    if (ignored) continue;
                    String entry = name;
                    for (FsEventWrap w : targets) {
                        w.runtime.loop().post(() -> w.deliver(mask, entry));
                    }
                }
            }
        }
    }
}
