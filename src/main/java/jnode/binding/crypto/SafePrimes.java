package jnode.binding.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Diffie-Hellman parameters as OpenSSL makes and checks them for generator 2, which is all Node
 * v0.10 uses: a safe prime p (p and (p - 1) / 2 both prime) with p = 11 (mod 24), the condition
 * under which 2 generates the large subgroup and which OpenSSL's DH_check demands of a prime
 * given to createDiffieHellman.
 */
final class SafePrimes {
    private SafePrimes() {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigInteger TWENTY_FOUR = BigInteger.valueOf(24);
    private static final BigInteger ELEVEN = BigInteger.valueOf(11);
    private static final int CERTAINTY = 64;
    private static final int[] SMALL_PRIMES = smallPrimes(1 << 14);

    /** OpenSSL's DH_check with generator 2: p = 11 (mod 24), p prime and (p - 1) / 2 prime. */
    static boolean suitable(BigInteger p) {
        if (p.signum() <= 0 || !p.mod(TWENTY_FOUR).equals(ELEVEN)) return false;
        return p.isProbablePrime(CERTAINTY) && p.shiftRight(1).isProbablePrime(CERTAINTY);
    }

    /**
     * A random suitable prime of exactly {@code bits} bits, or null if there is none that size.
     * Candidates p = 11 (mod 24) are walked from a random start in steps of 24, sieved by their
     * remainders modulo the small primes r (p = 0 or p = 1 (mod r) means r divides p or q), which
     * are kept up to date with int arithmetic; only survivors get the probabilistic tests.
     */
    static BigInteger generate(int bits) {
        if (bits < 4) return null;
        if (bits < 20) return smallest(bits);
        BigInteger top = BigInteger.ONE.shiftLeft(bits);
        int[] remainders = new int[SMALL_PRIMES.length];
        while (true) {
            BigInteger start = new BigInteger(bits, RANDOM).setBit(bits - 1);
            start = start.subtract(start.mod(TWENTY_FOUR)).add(ELEVEN);
            for (int i = 0; i < SMALL_PRIMES.length; i++) {
                remainders[i] = start.mod(BigInteger.valueOf(SMALL_PRIMES[i])).intValue();
            }
            for (int step = 0; step < (1 << 16); step++) {
                boolean sieved = false;
                for (int i = 0; i < SMALL_PRIMES.length; i++) {
                    int r = remainders[i];
                    if (r <= 1) sieved = true;
                    remainders[i] = (r + 24) % SMALL_PRIMES[i];
                }
                if (sieved) continue;
                BigInteger p = start.add(BigInteger.valueOf(24L * step));
                if (p.compareTo(top) >= 0) break;
                BigInteger q = p.shiftRight(1);
                if (fermat(q) && fermat(p) && q.isProbablePrime(CERTAINTY) && p.isProbablePrime(CERTAINTY)) {
                    return p;
                }
            }
        }
    }

    /** The cheap first filter: 2^(n-1) = 1 (mod n) holds for every odd prime n and few composites. */
    private static boolean fermat(BigInteger n) {
        return BigInteger.TWO.modPow(n.subtract(BigInteger.ONE), n).equals(BigInteger.ONE);
    }

    /** For tiny sizes, where random search could run forever: a random pick among all of them. */
    private static BigInteger smallest(int bits) {
        java.util.List<BigInteger> found = new java.util.ArrayList<>();
        for (long v = (1L << (bits - 1)) + 11 - ((1L << (bits - 1)) % 24); v < (1L << bits); v += 24) {
            if (v < (1L << (bits - 1))) continue;
            BigInteger p = BigInteger.valueOf(v);
            if (suitable(p)) found.add(p);
        }
        return found.isEmpty() ? null : found.get(RANDOM.nextInt(found.size()));
    }

    private static int[] smallPrimes(int limit) {
        boolean[] composite = new boolean[limit];
        int count = 0;
        int[] out = new int[limit];
        for (int i = 3; i < limit; i += 2) {
            if (composite[i]) continue;
            out[count++] = i;
            for (int j = i * i; j < limit; j += 2 * i) composite[j] = true;
        }
        return java.util.Arrays.copyOf(out, count);
    }
}
