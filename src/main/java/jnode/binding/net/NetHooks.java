package jnode.binding.net;

import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.Value;

/**
 * The JavaScript functions through which socket handles report to their JavaScript fronts
 * (lib/internal/binding/*_wrap.js). They are registered once per process, not per handle, so a
 * connection costs no closures: every call passes the front as {@code this}.
 * <ul>
 * <li>{@code onread(err, memory, offset, length, memoryLength)} — data at
 *     {@code memory[offset, offset + length)} (a shared read slab of {@code memoryLength} bytes),
 *     or {@code err} 'EOF' / an error code with no data.</li>
 * <li>{@code onconnection(err, nativeClientHandle)} — a server accepted a connection.</li>
 * <li>{@code oncomplete(req, err, extra1, extra2)} — a connect, write, shutdown or send ended.</li>
 * <li>{@code onmessage(err, memory, offset, length, memoryLength, address, family, port)} — a datagram.</li>
 * </ul>
 */
final class NetHooks {
    Value onread;
    Value onconnection;
    Value oncomplete;
    Value onmessage;

    static NetHooks of(NodeRuntime runtime) {
        return runtime.shared(NetHooks.class, NetHooks::new);
    }

    /** Takes whichever of the four functions {@code hooks} defines. */
    void set(Value hooks) {
        if (hooks.hasMember("onread")) onread = hooks.getMember("onread");
        if (hooks.hasMember("onconnection")) onconnection = hooks.getMember("onconnection");
        if (hooks.hasMember("oncomplete")) oncomplete = hooks.getMember("oncomplete");
        if (hooks.hasMember("onmessage")) onmessage = hooks.getMember("onmessage");
    }
}
