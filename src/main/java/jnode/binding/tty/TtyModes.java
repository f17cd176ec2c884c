package jnode.binding.tty;

import jnode.posix.Libc;
import jnode.posix.PosixException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Terminal line discipline for {@code tty.ReadStream#setRawMode}: the termios changes libuv makes
 * for its raw mode, and a record of every terminal's attributes from before the first change, so
 * that normal mode restores exactly what the user had and {@link #resetAll()} can put every
 * terminal back when the process ends.
 *
 * <p>Raw mode, as libuv's: no break/CR translation/parity/strip/XON-XOFF on input, 8-bit
 * characters, no echo, no line editing, no extended processing, no signal characters (Ctrl-C
 * arrives as a byte), and a read returns as soon as one byte is there. Output keeps its newline to
 * CR-LF translation so console.log still starts lines at the left edge.
 */
public final class TtyModes {
    private TtyModes() {}

    // struct termios (glibc, Linux): four 32-bit flag words, c_line, then c_cc[32]; the words are
    // read little-endian (x86-64 and AArch64) and the flag values are Linux's generic ones.
    private static final int IFLAG = 0;
    private static final int OFLAG = 4;
    private static final int CFLAG = 8;
    private static final int LFLAG = 12;
    private static final int CC = 17;
    private static final int VTIME = 5;
    private static final int VMIN = 6;

    private static final int BRKINT = 0x2;
    private static final int INPCK = 0x10;
    private static final int ISTRIP = 0x20;
    private static final int ICRNL = 0x100;
    private static final int IXON = 0x400;
    private static final int ONLCR = 0x4;
    private static final int CS8 = 0x30;
    private static final int ISIG = 0x1;
    private static final int ICANON = 0x2;
    private static final int ECHO = 0x8;
    private static final int IEXTEN = 0x8000;

    /** Attributes each terminal had before this process first changed them, by descriptor. */
    private static final Map<Integer, byte[]> ORIGINAL = new LinkedHashMap<>();

    /** The attributes {@code fd} had before the first change (read now if there was none yet). */
    static byte[] original(int fd) throws PosixException {
        synchronized (ORIGINAL) {
            byte[] saved = ORIGINAL.get(fd);
            if (saved == null) {
                saved = Libc.tcgetattr(fd);
                // The process halts without shutdown hooks; a terminal left raw would be unusable.
                if (ORIGINAL.isEmpty()) jnode.runtime.Exit.beforeHalt(TtyModes::resetAll);
                ORIGINAL.put(fd, saved);
            }
            return saved.clone();
        }
    }

    /** Puts {@code fd} in raw mode (true) or back in the mode it had before (false). */
    static void setRaw(int fd, boolean raw) throws PosixException {
        byte[] t = original(fd);
        if (raw) {
            and(t, IFLAG, ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON));
            or(t, OFLAG, ONLCR);
            or(t, CFLAG, CS8);
            and(t, LFLAG, ~(ECHO | ICANON | IEXTEN | ISIG));
            t[CC + VMIN] = 1;
            t[CC + VTIME] = 0;
        }
        Libc.tcsetattr(fd, Libc.TCSADRAIN, t);
    }

    /**
     * Restores every terminal this process changed to its original mode. For the runtime's exit
     * path, so that a program that ends (or crashes) in raw mode does not leave the shell's
     * terminal unusable; failures are ignored, there is nothing left to tell.
     */
    public static void resetAll() {
        synchronized (ORIGINAL) {
            for (var e : ORIGINAL.entrySet()) {
                try {
                    Libc.tcsetattr(e.getKey(), Libc.TCSANOW, e.getValue());
                } catch (PosixException | RuntimeException ignored) {
                    // the terminal may be gone already
                }
            }
        }
    }

    private static int word(byte[] t, int at) {
        return (t[at] & 0xff) | (t[at + 1] & 0xff) << 8 | (t[at + 2] & 0xff) << 16 | (t[at + 3] & 0xff) << 24;
    }

    private static void setWord(byte[] t, int at, int v) {
        t[at] = (byte) v;
        t[at + 1] = (byte) (v >>> 8);
        t[at + 2] = (byte) (v >>> 16);
        t[at + 3] = (byte) (v >>> 24);
    }

    private static void and(byte[] t, int at, int mask) {
        setWord(t, at, word(t, at) & mask);
    }

    private static void or(byte[] t, int at, int bits) {
        setWord(t, at, word(t, at) | bits);
    }
}
