package jnode.binding;

import jnode.posix.RawMemory;
import jnode.loop.Handle;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * {@code process.binding('stdio').Stdin}: reads fd 0 when it is a pipe or a terminal, for
 * process.stdin. A blocking read(2) cannot share the loop thread, so a daemon thread reads —
 * straight into direct memory a Buffer can view — and posts each chunk to the loop as
 * {@code onread(null, byteBuffer, length)}, then {@code onread('EOF')}. It reads only between readStart()
 * and readStop(), so a paused stdin applies backpressure to the writer on the other end. The
 * handle keeps the loop alive only while reading.
 */
public final class StdinWrap {
    private static final int CHUNK = 64 * 1024;
    private final NodeRuntime runtime;
    private final Handle handle;
    private final Object lock = new Object();
    private boolean wanted;
    private boolean finished;
    private Thread reader;
    @Export
    public Value onread;

    @Export
    public StdinWrap() {
        this.runtime = NodeRuntime.current();
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
                synchronized (lock) {
                    wanted = false;
                }
            }
        };
    }

    @Export
    public String readStart() {
        if (handle.isClosed()) return "EBADF";
        synchronized (lock) {
            wanted = true;
            lock.notifyAll();
        }
        if (reader == null) {
            reader = new Thread(this::readLoop, "jnode-stdin");
            reader.setDaemon(true);
            reader.start();
        }
        if (!finished) handle.activate();
        return null;
    }

    @Export
    public String readStop() {
        synchronized (lock) {
            wanted = false;
        }
        handle.deactivate();
        return null;
    }

    private void readLoop() {
        FileChannel in = new FileInputStream(FileDescriptor.in).getChannel();
        for (;;) {
            synchronized (lock) {
                while (!wanted) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            ByteBuffer chunk = RawMemory.allocate(CHUNK);
            int n;
            String error = null;
            try {
                n = in.read(chunk);
            } catch (IOException e) {
                n = -1;
                error = "EIO";
            }
            if (n < 0) {
                String err = error == null ? "EOF" : error;
                runtime.loop().post(() -> {
                    finished = true;
                    handle.deactivate();
                    deliver(err, null, 0);
                });
                return;
            }
            if (n > 0) {
                ByteBuffer data = chunk.flip();
                int length = n;
                runtime.loop().post(() -> deliver(null, data, length));
            }
        }
    }

    private void deliver(String err, ByteBuffer data, int length) {
        if (onread != null && !handle.isClosed()) runtime.callback(this, onread, err, data, length);
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
    public void close() {
        handle.close();
    }
}
