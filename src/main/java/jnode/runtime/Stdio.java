package jnode.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Unbuffered writes to the process's stdout and stderr file descriptors. Node writes to TTYs, files
 * and (on Unix) pipes synchronously, so output from console.log, process.stdout.write and an
 * uncaught-error report appears in the order the program produced it.
 */
public final class Stdio {
    private Stdio() {}

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);

    public static FileOutputStream stream(int fd) {
        return switch (fd) {
            case 1 -> OUT;
            case 2 -> ERR;
            default -> throw new IllegalArgumentException("not a standard output fd: " + fd);
        };
    }

    public static void write(int fd, byte[] bytes, int offset, int length) throws IOException {
        stream(fd).write(bytes, offset, length);
    }

    /** Best-effort report to stderr, for the runtime's own messages. */
    public static void writeErr(String text) {
        try {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            ERR.write(b, 0, b.length);
        } catch (IOException ignored) {
            // stderr is gone; there is nowhere left to report to
        }
    }
}
