package dev.tarjama.internal.watch;

import dev.tarjama.ConfigurationException;
import dev.tarjama.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One watcher per state: an operating-system lock on {@code .tarjama/watch.lock} under the output root, held while the
 * watch runs. The kernel releases it when the process ends however it ends ({@code kill -9} included), so it can
 * never be left stuck; the file keeps the holder's pid only to name it in the message.
 */
public final class WatchLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WatchLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws dev.tarjama.ConfigurationException when another watcher holds the state */
    public static WatchLock acquire(Path root) {
        Path file = root.resolve(".tarjama").resolve("watch.lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new ConfigurationException("another tarjama watch"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")") + " is already using " + root
                        + "; stop it first, or give this one another -o");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new WatchLock(channel, lock);
        } catch (IOException e) {
            throw new StorageException("cannot lock the watch state " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending or the lock is gone with the channel: either way it is released
        }
    }
}
