package jnode.binding.crypto;

import jnode.runtime.Interop;

/**
 * JavaScript errors the crypto binding throws, with Node v0.10's messages. Call as
 * {@code throw errors.error("...")}: the returned exception is the JavaScript Error itself.
 */
final class JsErrors {
    private final Interop interop;

    JsErrors(Interop interop) {
        this.interop = interop;
    }

    RuntimeException error(String message) {
        return interop.error("Error", message).throwException();
    }

    RuntimeException typeError(String message) {
        return interop.error("TypeError", message).throwException();
    }
}
