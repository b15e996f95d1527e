package dev.tarjama.internal.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a claim: this machine's name, the process id and when the process started (so a reused pid is not
 * mistaken for the holder), and a random part. Another process on the same machine can then tell that a holder
 * was killed and take its claims over without waiting for them to run out.
 */
public final class ProcessOwner {
    private static final String HOST = host();

    private ProcessOwner() {}

    public static String current() {
        ProcessHandle self = ProcessHandle.current();
        return HOST + "|" + self.pid() + "|" + started(self) + "|" + UUID.randomUUID();
    }

    /** True when {@code owner} names a process on this machine that no longer runs. */
    public static boolean isGone(String owner) {
        String[] parts = owner.split("\\|");
        if (parts.length != 4 || !parts[0].equals(HOST)) {
            return false; // another machine's process: only its lease running out tells
        }
        try {
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[1]));
            return process.isEmpty()
                    || !process.get().isAlive()
                    || !started(process.get()).equals(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String started(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("?");
    }

    /** The machine's name; on Linux read from the kernel, since a name lookup can take seconds on a badly set-up network. */
    private static String host() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException notLinux) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
    }
}
