package jnode.posix;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RawMemoryTest {
    @Test
    void isActiveWithTheLaunchersOptions() {
        // surefire passes bin/jdk.sh's --add-opens; without it every Buffer would be zeroed allocateDirect memory
        assertTrue(RawMemory.active());
    }

    @Test
    void isAWritableDirectBufferOfTheSizeAsked() {
        ByteBuffer b = RawMemory.allocate(100_000);
        assertTrue(b.isDirect());
        assertEquals(0, b.position());
        assertEquals(100_000, b.limit());
        assertEquals(100_000, b.capacity());
        assertEquals(ByteOrder.BIG_ENDIAN, b.order());
        for (int i = 0; i < b.capacity(); i++) b.put(i, (byte) i);
        for (int i = 0; i < b.capacity(); i++) assertEquals((byte) i, b.get(i));
        assertEquals(0x01020304, b.putInt(8, 0x01020304).getInt(8));
    }

    @Test
    void zeroedMemoryIsZeroEvenWhenReused() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            ByteBuffer dirty = RawMemory.allocate(40_000);
            for (int i = 0; i < dirty.capacity(); i++) dirty.put(i, (byte) 0x5a);
            dirty = null;
            System.gc();
            ByteBuffer z = RawMemory.allocateZeroed(40_000);
            for (int i = 0; i < z.capacity(); i++) assertEquals(0, z.get(i), "byte " + i);
        }
    }

    @Test
    void freedBlocksAreKeptForReuseUpToTheLimit() throws InterruptedException {
        for (int i = 0; i < 8; i++) RawMemory.allocate(3 << 20);
        for (int i = 0; i < 200 && RawMemory.pooled() == 0; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(RawMemory.pooled() > 0, "some freed blocks pooled");
        assertTrue(RawMemory.pooled() <= RawMemory.POOL_LIMIT, "pool bounded: " + RawMemory.pooled());
    }

    @Test
    void smallSizesAreNotRoundedUpAndHugeOnesAreNotKept() {
        ByteBuffer small = RawMemory.allocate(100);
        ByteBuffer huge = RawMemory.allocate(20 << 20);
        assertEquals(100, small.capacity());
        assertEquals(20 << 20, huge.capacity());
        assertTrue(huge.isDirect());
    }

    @Test
    void zeroSizeIsAnEmptyBuffer() {
        assertEquals(0, RawMemory.allocate(0).capacity());
    }

    @Test
    void memoryIsFreedOnceUnreachable() throws InterruptedException {
        long before = RawMemory.inUse();
        for (int i = 0; i < 64; i++) RawMemory.allocate(1 << 20).put(0, (byte) 1);
        assertTrue(RawMemory.inUse() >= before + (64L << 20), "counted while reachable");
        // The cleaner frees it after a collection; bounded wait.
        for (int i = 0; i < 200 && RawMemory.inUse() > before; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(RawMemory.inUse() <= before, "freed after collection: " + RawMemory.inUse());
    }

    @Test
    void pastTheLimitFallsBackToCountedMemory() {
        // A slice keeps its parent alive, so these all stay reachable while the list lives.
        java.util.List<ByteBuffer> held = new java.util.ArrayList<>();
        long chunk = 8L << 20;
        for (long total = 0; total <= RawMemory.UNCOUNTED_LIMIT + chunk; total += chunk) held.add(RawMemory.allocate((int) chunk));
        assertTrue(RawMemory.inUse() <= RawMemory.UNCOUNTED_LIMIT, "never above the limit: " + RawMemory.inUse());
        assertTrue(held.stream().allMatch(b -> b.capacity() == (int) chunk && b.isDirect()));
        assertEquals((int) chunk, held.get(held.size() - 1).capacity());
        held.clear();
    }
}
