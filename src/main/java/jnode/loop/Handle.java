package jnode.loop;

/**
 * A long-lived object that keeps the loop alive while it is active and referenced — libuv's
 * uv_handle_t. Timers, sockets, servers, signal watchers and stdio are handles. The loop runs
 * until no active, referenced handle and no pending request is left.
 *
 * <p>Only the loop thread touches a handle, so the bookkeeping needs no locks.
 */
public abstract class Handle {
    protected final EventLoop loop;
    private boolean active;
    private boolean referenced = true;
    private boolean closed;

    protected Handle(EventLoop loop) {
        this.loop = loop;
    }

    /** Marks the handle as doing work (a started timer, a listening socket...). */
    public final void activate() {
        if (!active && !closed) {
            active = true;
            if (referenced) loop.adjustAliveHandles(+1);
        }
    }

    /** Marks the handle as idle; an idle handle never keeps the loop alive. */
    public final void deactivate() {
        if (active) {
            active = false;
            if (referenced) loop.adjustAliveHandles(-1);
        }
    }

    public final void ref() {
        if (!referenced) {
            referenced = true;
            if (active) loop.adjustAliveHandles(+1);
        }
    }

    public final void unref() {
        if (referenced) {
            referenced = false;
            if (active) loop.adjustAliveHandles(-1);
        }
    }

    public final boolean hasRef() {
        return referenced;
    }

    public final boolean isActive() {
        return active;
    }

    public final boolean isClosed() {
        return closed;
    }

    /** Stops the handle for good; {@link #onClose()} releases its resources. */
    public final void close() {
        if (closed) return;
        deactivate();
        closed = true;
        onClose();
    }

    protected abstract void onClose();
}
