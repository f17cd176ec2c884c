package jnode.binding;

import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * {@code process.binding('contextify')}: compiles and runs code in the global scope. The file name
 * given is the one stack traces and uncaught-error reports show for the code.
 */
public final class ContextifyBinding {
    private final NodeRuntime runtime;

    ContextifyBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    @Export
    public Value runInThisContext(String code, String filename) {
        return runtime.compile(code, filename);
    }
}
