package jnode.binding.crypto;

import java.math.BigInteger;
import java.util.Map;

/**
 * The well-known Diffie-Hellman groups getDiffieHellman() offers: the Oakley groups 1, 2 and 5
 * (RFC 2409, RFC 3526 section 2) and the MODP groups 14 to 18 of RFC 3526, all with generator 2.
 * Each prime is given by the RFCs' own formula, p = 2^n - 2^(n-64) - 1 + 2^64 * (floor(2^(n-130) * pi) + k),
 * with the published n and k; pi is computed here (Machin's formula) to the bits needed.
 */
final class ModpGroups {
    private ModpGroups() {}

    /** Bits and the RFCs' k for each group name. */
    private static final Map<String, long[]> GROUPS = Map.of(
            "modp1", new long[] {768, 149686},
            "modp2", new long[] {1024, 129093},
            "modp5", new long[] {1536, 741804},
            "modp14", new long[] {2048, 124476},
            "modp15", new long[] {3072, 1690314},
            "modp16", new long[] {4096, 240904},
            "modp17", new long[] {6144, 929484},
            "modp18", new long[] {8192, 4743158});

    private static final int GUARD_BITS = 64;
    private static BigInteger scaledPi;
    private static int scaledPiBits;

    /** The prime of group {@code name}, or null if there is no such group. */
    static synchronized BigInteger prime(String name) {
        long[] group = GROUPS.get(name);
        if (group == null) return null;
        int n = (int) group[0];
        BigInteger pi = piTimesPowerOfTwo(n - 130);
        return BigInteger.ONE.shiftLeft(n)
                .subtract(BigInteger.ONE.shiftLeft(n - 64))
                .subtract(BigInteger.ONE)
                .add(pi.add(BigInteger.valueOf(group[1])).shiftLeft(64));
    }

    /** floor(2^bits * pi), from a cached value computed with enough bits for the largest group. */
    private static BigInteger piTimesPowerOfTwo(int bits) {
        if (scaledPi == null || scaledPiBits < bits) {
            int s = Math.max(bits, 8192 - 130) + GUARD_BITS;
            BigInteger one = BigInteger.ONE.shiftLeft(s);
            scaledPi = arctanOfInverse(5, one).shiftLeft(4).subtract(arctanOfInverse(239, one).shiftLeft(2));
            scaledPiBits = s;
        }
        return scaledPi.shiftRight(scaledPiBits - bits);
    }

    /** arctan(1/x) * one by its series, every term truncated (the guard bits absorb the error). */
    private static BigInteger arctanOfInverse(int x, BigInteger one) {
        BigInteger xSquared = BigInteger.valueOf((long) x * x);
        BigInteger power = one.divide(BigInteger.valueOf(x));
        BigInteger sum = BigInteger.ZERO;
        for (long k = 0; power.signum() != 0; k++) {
            BigInteger term = power.divide(BigInteger.valueOf(2 * k + 1));
            sum = (k & 1) == 0 ? sum.add(term) : sum.subtract(term);
            power = power.divide(xSquared);
        }
        return sum;
    }
}
