package jnode.binding.tty;

import jnode.binding.StringCodec;
import jnode.loop.EventLoop;
import jnode.loop.Handle;
import jnode.posix.Errno;
import jnode.posix.Libc;
import jnode.posix.PosixException;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * {@code process.binding('tty_wrap').TTY}: libuv's uv_tty_t over a file descriptor, usually a
 * terminal but any descriptor works (Node's own tests write to a pipe through it). Its JavaScript
 * front (lib/internal/binding/tty_wrap.js) is {@link #owner}; results reach it through two hooks
 * registered once ({@link #setHooks}), called with the front as {@code this}:
 * {@code onread(err, memory, length)} and {@code oncomplete(req, err)}.
 * <ul>
 * <li>Writing is synchronous, as libuv's blocking writes to a terminal are, and so stays in order
 *     with console.log and process.stdout (also synchronous); the request still completes later,
 *     on the loop, never inside the call. The write queue is therefore always empty.</li>
 * <li>Reading happens on a {@link DescriptorReader} thread between readStart() and readStop();
 *     the handle keeps the loop alive only while it reads.</li>
 * <li>{@code setRawMode} and {@code getWindowSize} are termios calls and ioctl TIOCGWINSZ.</li>
 * <li>Closing stops the reader and closes the descriptor, except stdin, stdout and stderr,
 *     which libuv never closes.</li>
 * </ul>
 * Methods return null (or a result) on success and a Node error code ('ENOTTY'...) on failure.
 */
public final class TtyWrap {
    private final NodeRuntime runtime;
    private final Handle handle;
    private final Hooks hooks;
    private final int fd;
    private DescriptorReader reader;
    private boolean inputEnded;
    private boolean raw;
    /** Finished writes whose requests have yet to complete in JavaScript: {req, error code or null}. */
    private java.util.ArrayDeque<Object[]> completions = new java.util.ArrayDeque<>();

    /** The JavaScript front of this handle: the receiver of every callback. */
    @Export
    public Value owner;

    /** The JavaScript functions handles report through, one set per process. */
    static final class Hooks {
        Value onread;
        Value oncomplete;
    }

    /**
     * A handle on {@code fd}. {@code readable} is Node's hint (libuv makes a readable terminal
     * non-blocking); here every handle may read and write, so it changes nothing.
     */
    @Export
    public TtyWrap(int fd, boolean readable) {
        this.runtime = NodeRuntime.current();
        this.hooks = runtime.shared(Hooks.class, Hooks::new);
        this.fd = fd;
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
                release();
            }
        };
    }

    /** Registers the JavaScript side's {@code onread} and {@code oncomplete} (once per process). */
    @Export
    public static void setHooks(Value functions) {
        Hooks h = NodeRuntime.current().shared(Hooks.class, Hooks::new);
        h.onread = functions.getMember("onread");
        h.oncomplete = functions.getMember("oncomplete");
    }

    private Object receiver() {
        return owner != null ? owner : this;
    }

    // --- writing ---------------------------------------------------------------------------------

    /** Writes {@code memory[offset, offset + length)} now; {@code req} completes on the loop. */
    @Export
    public String writeBuffer(Value req, ByteBuffer memory, int offset, int length) {
        if (handle.isClosed()) return Errno.EBADF.name();
        ByteBuffer region = memory.slice(offset, length);
        if (region.isDirect()) {
            finishWrite(req, write(MemorySegment.ofBuffer(region)));
        } else {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment copy = a.allocate(Math.max(1, length));
                copy.asByteBuffer().put(region);
                finishWrite(req, write(copy.asSlice(0, length)));
            }
        }
        return null;
    }

    /** Writes a string in a Node encoding ('utf8', 'ascii', 'ucs2'); returns its byte count or an error code. */
    @Export
    public Object writeString(Value req, String text, String encoding) {
        if (handle.isClosed()) return Errno.EBADF.name();
        StringCodec.Encoding enc = StringCodec.Encoding.of(encoding);
        byte[] bytes = StringCodec.encode(text, enc == null ? StringCodec.Encoding.UTF8 : enc, false);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment data = a.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, data, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, bytes.length);
            finishWrite(req, write(data.asSlice(0, bytes.length)));
        }
        return bytes.length;
    }

    /** Null when every byte went out, else the error code of the failed write. */
    private String write(MemorySegment data) {
        try {
            Libc.writeFully(fd, data);
            return null;
        } catch (PosixException e) {
            return e.errno.name();
        }
    }

    /**
     * The request completes on the loop, later, never inside the call. Completions wait together
     * and run in one go, in order (libuv runs a stream's write callbacks together too); the batch
     * keeps the loop alive until it has run. Writes made by the callbacks complete in a next batch.
     */
    private void finishWrite(Value req, String err) {
        boolean first = completions.isEmpty();
        completions.add(new Object[] {req, err});
        if (!first) return;
        EventLoop loop = runtime.loop();
        loop.beginRequest();
        loop.post(() -> {
            loop.endRequest();
            java.util.ArrayDeque<Object[]> batch = completions;
            completions = new java.util.ArrayDeque<>();
            for (Object[] c : batch) {
                if (hooks.oncomplete != null) runtime.callback(receiver(), hooks.oncomplete, c[0], c[1]);
            }
        });
    }

    // --- reading ---------------------------------------------------------------------------------

    @Export
    public String readStart() {
        if (handle.isClosed()) return Errno.EBADF.name();
        if (inputEnded) return null;
        if (reader == null) {
            try {
                reader = new DescriptorReader(fd, new ToLoop());
            } catch (PosixException e) {
                return e.errno.name();
            }
        }
        reader.start();
        handle.activate();
        return null;
    }

    @Export
    public String readStop() {
        if (reader != null) reader.stop();
        handle.deactivate();
        return null;
    }

    /** Hands the reader thread's results to JavaScript on the loop thread. */
    private final class ToLoop implements DescriptorReader.Sink {
        @Override
        public void data(ByteBuffer chunk) {
            runtime.loop().post(() -> deliver(null, chunk));
        }

        @Override
        public void end(PosixException error) {
            String err = error == null ? "EOF" : error.errno.name();
            runtime.loop().post(() -> {
                inputEnded = true;
                handle.deactivate();
                deliver(err, null);
            });
        }
    }

    private void deliver(String err, ByteBuffer chunk) {
        if (hooks.onread == null || handle.isClosed()) return;
        runtime.callback(receiver(), hooks.onread, err, chunk, chunk == null ? 0 : chunk.capacity());
    }

    // --- terminal control --------------------------------------------------------------------------

    /** Raw mode on or off; null, or the error code (ENOTTY when the descriptor is no terminal). */
    @Export
    public String setRawMode(boolean on) {
        if (on == raw) return null;
        try {
            TtyModes.setRaw(fd, on);
        } catch (PosixException e) {
            return e.errno.name();
        }
        raw = on;
        return null;
    }

    /** {@code [columns, rows]}, or the error code as a string. */
    @Export
    public Object getWindowSize() {
        try {
            int[] size = Libc.windowSize(fd);
            return runtime.interop().arrayOf(java.util.List.of(size[0], size[1]));
        } catch (PosixException e) {
            return e.errno.name();
        }
    }

    // --- handle life -------------------------------------------------------------------------------

    private void release() {
        boolean closeFd = fd > 2;
        if (reader == null || !reader.close(closeFd)) {
            if (closeFd) Libc.close(fd);
        }
    }

    @Export
    public void close(Value callback) {
        if (handle.isClosed()) return;
        handle.close();
        if (callback != null && callback.canExecute()) {
            runtime.loop().deferClose(() -> runtime.callback(receiver(), callback));
        }
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

    /** The descriptor, or -1 once closed. */
    @Export
    public int fd() {
        return handle.isClosed() ? -1 : fd;
    }
}
