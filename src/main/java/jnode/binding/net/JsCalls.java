package jnode.binding.net;

import jnode.loop.EventLoop;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.Value;

/**
 * Calling JavaScript from socket events. Netty may fire an event synchronously inside a binding
 * method JavaScript called (a connect that fails at once, a write that completes at once); such a
 * call must not nest in the running JavaScript, so it is posted to the loop — and counted as a
 * pending request until it has run, so the loop cannot end with the callback still queued.
 */
public final class JsCalls {
    private JsCalls() {}

    public static void call(NodeRuntime runtime, Object receiver, Value fn, Object... args) {
        if (runtime.inJavaScript()) {
            EventLoop loop = runtime.loop();
            loop.beginRequest();
            loop.post(() -> {
                loop.endRequest();
                runtime.callback(receiver, fn, args);
            });
        } else {
            runtime.callback(receiver, fn, args);
        }
    }
}
