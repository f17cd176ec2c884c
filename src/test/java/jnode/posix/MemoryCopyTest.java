package jnode.posix;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryCopyTest {
    @Test
    void isActiveWithTheLaunchersOptions() {
        // surefire passes bin/jdk.sh's --add-exports java.base/jdk.internal.misc
        assertTrue(MemoryCopy.active());
    }

    /** Random chunks (every length around the 8-byte steps and the bulk size) land where the table says. */
    @Test
    void copiesEveryChunkToItsPosition() {
        Random random = new Random(42);
        ByteBuffer[] sources = new ByteBuffer[5];
        for (int m = 0; m < sources.length; m++) {
            sources[m] = RawMemory.allocate(4096 + 1000 * m);
            for (int i = 0; i < sources[m].limit(); i++) sources[m].put(i, (byte) random.nextInt());
        }
        for (int round = 0; round < 200; round++) {
            int chunks = 1 + random.nextInt(60);
            int[] table = new int[chunks * 4 + 8];   // longer than the chunks: the rest is ignored
            int targetOffset = random.nextInt(5);
            int position = random.nextInt(3);
            for (int c = 0; c < chunks; c++) {
                int m = random.nextInt(sources.length);
                int length = random.nextInt(4) == 0 ? 250 + random.nextInt(20) : random.nextInt(40);
                table[c * 4] = m;
                table[c * 4 + 1] = random.nextInt(sources[m].limit() - length + 1);
                table[c * 4 + 2] = position;
                table[c * 4 + 3] = length;
                position += length + random.nextInt(2);
            }
            table[chunks * 4] = 99;   // a bad entry past the chunks: never read
            ByteBuffer target = RawMemory.allocateZeroed(targetOffset + position);
            MemoryCopy.copy(table, chunks, sources, target, targetOffset);
            byte[] want = new byte[target.limit()];
            for (int c = 0; c < chunks; c++) {
                ByteBuffer source = sources[table[c * 4]];
                for (int i = 0; i < table[c * 4 + 3]; i++) {
                    want[targetOffset + table[c * 4 + 2] + i] = source.get(table[c * 4 + 1] + i);
                }
            }
            for (int i = 0; i < want.length; i++) assertEquals(want[i], target.get(i), "round " + round + " byte " + i);
        }
    }

    @Test
    void entriesOutsideTheirMemoriesThrowInsteadOfCopying() {
        ByteBuffer[] sources = { RawMemory.allocate(100) };
        ByteBuffer target = RawMemory.allocate(50);
        int[][] bad = {
            {1, 0, 0, 10},      // no such memory
            {-1, 0, 0, 10},
            {0, 95, 0, 10},     // past the source's end
            {0, -1, 0, 10},
            {0, 0, 45, 10},     // past the target's end (offset 5 below leaves 45 bytes)
            {0, 0, -1, 10},
            {0, 0, 0, -1},
        };
        for (int[] entry : bad) {
            assertThrows(IndexOutOfBoundsException.class, () -> MemoryCopy.copy(entry, 1, sources, target, 5),
                    java.util.Arrays.toString(entry));
        }
        MemoryCopy.copy(new int[] {0, 90, 35, 10}, 1, sources, target, 5);   // exactly up to both ends
    }
}
