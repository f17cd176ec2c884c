package jnode.binding;

import jnode.runtime.NodeRuntime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry behind {@code process.binding(name)}: the narrow native layer under the JavaScript
 * core modules. Names follow Node's own bindings (fs, timer_wrap, tcp_wrap, constants...) so code
 * and tests written against Node's internals find what they expect. Each binding is created on
 * first use and cached.
 */
public final class Bindings {
    private final NodeRuntime runtime;
    private final Map<String, Object> cache = new HashMap<>();
    private final Map<String, Function<NodeRuntime, Object>> factories = new HashMap<>();

    public Bindings(NodeRuntime runtime) {
        this.runtime = runtime;
        register("constants", ConstantsBinding::create);
        register("timer_wrap", rt -> classBinding(rt, "Timer", TimerWrap.class));
        register("fs", FsBinding::new);
        register("fs_event_wrap", rt -> classBinding(rt, "FSEvent", FsEventWrap.class));
        register("stdio", StdioBinding::new);
        register("tty_wrap", TtyWrapBinding::create);
        register("natives", NativesBinding::create);
        register("contextify", ContextifyBinding::new);
        register("tcp_wrap", rt -> classBinding(rt, "TCP", jnode.binding.net.TcpWrap.class));
        register("pipe_wrap", rt -> classBinding(rt, "Pipe", jnode.binding.net.PipeWrap.class));
        register("udp_wrap", rt -> classBinding(rt, "UDP", jnode.binding.net.UdpWrap.class));
        register("cares_wrap", jnode.binding.dns.CaresWrap::new);
        register("process_wrap", rt -> classBinding(rt, "Process", ProcessWrap.class));
        register("signal_wrap", rt -> classBinding(rt, "Signal", SignalWrap.class));
        register("buffer", BufferBinding::new);
        register("http_parser", rt -> new jnode.binding.http.HttpParserBinding());
        register("os", OsBinding::new);
        register("crypto", jnode.binding.crypto.CryptoBinding::new);
    }

    /** A binding whose only member is a handle class JavaScript constructs with {@code new}. */
    static Object classBinding(NodeRuntime runtime, String name, Class<?> type) {
        var b = runtime.interop().newObject();
        // The "static" member is the class as JavaScript constructs it: new X(), X.staticMethod().
        b.putMember(name, runtime.context().asValue(type).getMember("static"));
        return b;
    }

    private void register(String name, Function<NodeRuntime, Object> factory) {
        factories.put(name, factory);
    }

    /** The binding called {@code name}, or null if there is none (JavaScript reports the error). */
    public Object get(String name) {
        Object b = cache.get(name);
        if (b == null) {
            Function<NodeRuntime, Object> factory = factories.get(name);
            if (factory == null) return null;
            b = factory.apply(runtime);
            cache.put(name, b);
        }
        return b;
    }
}
