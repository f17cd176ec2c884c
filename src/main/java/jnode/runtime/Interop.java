package jnode.runtime;

import jnode.posix.Errno;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import java.util.Collection;
import java.util.Map;

/**
 * Building JavaScript values from Java: arrays, plain objects and Node-shaped errors. The helpers
 * are small JavaScript functions (lib/internal/interop.js), so what Java creates is exactly what
 * JavaScript code would have created.
 */
public final class Interop {
    private final Value array;
    private final Value object;
    private final Value uvException;
    private final Value errnoException;
    private final Value error;

    Interop(NodeRuntime runtime) {
        Value helpers = runtime.compile(runtime.natives().source("internal/interop"), "interop.js");
        this.array = helpers.getMember("array");
        this.object = helpers.getMember("object");
        this.uvException = helpers.getMember("uvException");
        this.errnoException = helpers.getMember("errnoException");
        this.error = helpers.getMember("error");
    }

    public Value newArray() {
        return array.execute();
    }

    public Value newObject() {
        return object.execute();
    }

    /** A JS array of the given Java values (strings, numbers, booleans, Values). */
    public Value arrayOf(Collection<?> items) {
        Value a = array.execute();
        long i = 0;
        for (Object item : items) a.setArrayElement(i++, item);
        return a;
    }

    public Value objectOf(Map<String, ?> entries) {
        Value o = object.execute();
        entries.forEach(o::putMember);
        return o;
    }

    /** {@code Error: ENOENT, open 'path'} with errno, code and path, as Node v0.10's fs errors. */
    public Value uvError(Errno errno, String syscall, String path) {
        return uvException.execute(errno.uvCode, errno.name(), errno.description, syscall, path);
    }

    /** {@code Error: connect ECONNREFUSED} with errno = code = 'ECONNREFUSED', as v0.10's net errors. */
    public Value errnoError(Errno errno, String syscall) {
        return errnoException.execute(errno.name(), syscall);
    }

    /** A plain Error (or TypeError, RangeError...) with the given message. */
    public Value error(String type, String message) {
        return error.execute(type, message);
    }

    /** A JavaScript Error standing for a Java exception that escaped the binding layer (a jnode bug). */
    Value hostError(PolyglotException e) {
        Throwable cause = e.asHostException();
        return error("Error", "internal jnode error: " + cause);
    }
}
