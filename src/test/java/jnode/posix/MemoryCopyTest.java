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

    /** Array to memory and back, below and above memcpy's threshold and its 1 MiB step, at odd offsets. */
    @Test
    void copiesBetweenArraysAndMemory() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 100, 8191, 8192, 8193, 48 * 1024, (1 << 20) + 77, 3 << 20}) {
            byte[] source = new byte[length + 5];
            random.nextBytes(source);
            ByteBuffer memory = RawMemory.allocateZeroed(length + 9);
            MemoryCopy.copyIn(source, 3, memory, 6, length);
            for (int i = 0; i < length; i++) {
                if (memory.get(6 + i) != source[3 + i]) assertEquals(source[3 + i], memory.get(6 + i), length + ": byte " + i);
            }
            assertEquals(0, memory.get(5));
            if (length + 6 < memory.limit()) assertEquals(0, memory.get(6 + length));

            byte[] back = new byte[length + 4];
            MemoryCopy.copyOut(memory, 6, back, 2, length);
            for (int i = 0; i < length; i++) {
                if (back[2 + i] != source[3 + i]) assertEquals(source[3 + i], back[2 + i], length + ": back byte " + i);
            }
            assertEquals(0, back[1]);
            assertEquals(0, back[2 + length]);

            ByteBuffer copy = RawMemory.allocateZeroed(length + 1);
            MemoryCopy.copyNative(MemoryCopy.address(memory) + 6, MemoryCopy.address(copy) + 1, length);
            assertEquals(memory.slice(6, length), copy.slice(1, length), length + ": native copy");
        }
    }

    @Test
    void heapMemoryIsCopiedToo() {
        byte[] source = new byte[20000];
        new Random(3).nextBytes(source);
        ByteBuffer heap = ByteBuffer.allocate(20010);
        MemoryCopy.copyIn(source, 0, heap, 10, source.length);
        assertEquals(ByteBuffer.wrap(source), heap.slice(10, source.length));
        byte[] back = new byte[source.length];
        MemoryCopy.copyOut(heap, 10, back, 0, back.length);
        assertEquals(ByteBuffer.wrap(source), ByteBuffer.wrap(back));
    }

    @Test
    void rangesOutsideTheArrayOrMemoryThrow() {
        byte[] array = new byte[20000];
        ByteBuffer memory = RawMemory.allocate(20000);
        assertThrows(IndexOutOfBoundsException.class, () -> MemoryCopy.copyIn(array, 1, memory, 0, 20000));
        assertThrows(IndexOutOfBoundsException.class, () -> MemoryCopy.copyIn(array, 0, memory, 1, 20000));
        assertThrows(IndexOutOfBoundsException.class, () -> MemoryCopy.copyIn(array, -1, memory, 0, 10));
        assertThrows(IndexOutOfBoundsException.class, () -> MemoryCopy.copyOut(memory, 1, array, 0, 20000));
        assertThrows(IndexOutOfBoundsException.class, () -> MemoryCopy.copyOut(memory, 0, array, 1, 20000));
        assertThrows(IndexOutOfBoundsException.class, () -> MemoryCopy.copyOut(memory, 0, array, 0, -1));
    }
}
