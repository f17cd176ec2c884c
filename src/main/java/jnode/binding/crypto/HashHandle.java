package jnode.binding.crypto;

import org.graalvm.polyglot.HostAccess.Export;

import java.nio.ByteBuffer;
import java.security.MessageDigest;

/**
 * The digest under lib/crypto.js's Hash or Hmac. Once digested it is finished, with Node v0.10's
 * quirks: a Hash refuses a second digest ("Not initialized") while an Hmac returns an empty one,
 * and either refuses more data with a TypeError ("HashUpdate fail", "HmacUpdate fail").
 */
public final class HashHandle {
    private final JsErrors errors;
    private final MessageDigest digest;
    private final Hmac hmac;
    private boolean finished;

    private HashHandle(JsErrors errors, MessageDigest digest, Hmac hmac) {
        this.errors = errors;
        this.digest = digest;
        this.hmac = hmac;
    }

    static HashHandle hash(JsErrors errors, Digests.Kind kind) {
        return new HashHandle(errors, kind.newDigest(), null);
    }

    static HashHandle hmac(JsErrors errors, Digests.Kind kind, byte[] key) {
        return new HashHandle(errors, null, new Hmac(kind, key));
    }

    @Export
    public void update(ByteBuffer memory, int offset, int length) {
        if (finished) throw errors.typeError(hmac != null ? "HmacUpdate fail" : "HashUpdate fail");
        ByteBuffer region = memory.slice(offset, length);
        if (hmac != null) hmac.update(region);
        else digest.update(region);
    }

    @Export
    public ByteBuffer digest() {
        if (finished) {
            if (hmac != null) return Bytes.direct(Bytes.EMPTY);
            throw errors.error("Not initialized");
        }
        finished = true;
        return Bytes.direct(hmac != null ? hmac.doFinal() : digest.digest());
    }
}
