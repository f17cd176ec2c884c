package jnode.binding;

import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import jnode.runtime.Stdio;
import org.graalvm.polyglot.HostAccess.Export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code process.binding('stdio')}: synchronous writes to fd 1 and 2, which is how Node writes to
 * TTYs, files and pipes on Unix. A write to a closed pipe fails with EPIPE as a JavaScript error.
 */
public final class StdioBinding {
    private final NodeRuntime runtime;

    StdioBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** All of stdin as text, for a program piped in ({@code echo 'code' | jnode}). */
    @Export
    public String readAllStdin() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** A reader of fd 0 (pipe or terminal) for process.stdin. */
    @Export
    public StdinWrap newStdin() {
        return new StdinWrap();
    }

    /** Writes bytes of a Buffer's memory to fd 1 or 2, synchronously. */
    @Export
    public int writeBuffer(int fd, java.nio.ByteBuffer memory, int offset, int length) {
        try {
            var out = Stdio.stream(fd).getChannel();
            java.nio.ByteBuffer region = memory.slice(offset, length);
            while (region.hasRemaining()) out.write(region);
        } catch (IOException e) {
            throw runtime.interop().errnoError(Errno.EPIPE, "write").throwException();
        }
        return length;
    }

    @Export
    public int writeString(int fd, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Stdio.write(fd, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw runtime.interop().errnoError(Errno.EPIPE, "write").throwException();
        }
        return bytes.length;
    }
}
