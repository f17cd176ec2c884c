package jnode.binding;

import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.Value;

/** {@code process.binding('natives')}: the source text of every public core module, by id. */
final class NativesBinding {
    private NativesBinding() {}

    static Object create(NodeRuntime runtime) {
        Value o = runtime.interop().newObject();
        for (String id : runtime.natives().publicIds()) o.putMember(id, runtime.natives().source(id));
        return o;
    }
}
