package jnode.posix;

/** A failed system call: the kernel's errno, mapped to Node's error name. */
public final class PosixException extends Exception {
    public final int linuxErrno;
    public final Errno errno;
    public final String syscall;

    public PosixException(int linuxErrno, String syscall) {
        super(syscall + " failed: errno " + linuxErrno, null, false, false);
        this.linuxErrno = linuxErrno;
        this.errno = Errno.fromLinux(linuxErrno);
        this.syscall = syscall;
    }

    public PosixException(Errno errno, String syscall) {
        super(syscall + " failed: " + errno, null, false, false);
        this.linuxErrno = errno.linuxErrno;
        this.errno = errno;
        this.syscall = syscall;
    }
}
