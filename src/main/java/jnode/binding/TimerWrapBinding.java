package jnode.binding;

import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.Value;

/** {@code process.binding('timer_wrap')}: exposes the {@link TimerWrap} class as {@code Timer}. */
final class TimerWrapBinding {
    private TimerWrapBinding() {}

    static Object create(NodeRuntime runtime) {
        Value b = runtime.interop().newObject();
        // The "static" member is the class as JavaScript constructs it: new Timer(), Timer.now().
        b.putMember("Timer", runtime.context().asValue(TimerWrap.class).getMember("static"));
        return b;
    }
}
