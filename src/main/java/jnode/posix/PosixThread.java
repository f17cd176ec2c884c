package jnode.posix;

/**
 * A thread that makes system calls often (the loop thread, the worker pool's threads). It carries
 * its {@link FileCalls} scratch memory in a field: HotSpot's C1, which jnode runs Java with,
 * compiles {@code ThreadLocal.get} into a native call (Reference.refersTo0) per lookup, a
 * measurable share of a cached read.
 */
public final class PosixThread extends Thread {
    /** Created on first use by {@link FileCalls}. */
    Object scratch;

    public PosixThread(Runnable task, String name, long stackSize) {
        super(null, task, name, stackSize);
    }

    public PosixThread(Runnable task, String name) {
        this(task, name, 0);
    }
}
