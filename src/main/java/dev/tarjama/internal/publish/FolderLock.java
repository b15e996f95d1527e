package dev.tarjama.internal.publish;

import dev.tarjama.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer at a time in an article's folder, whoever writes: a watch publishing a new translation, the review desk
 * saving a person's edit, {@code tarjama import}. Each reads the folder's record and writes it again; held across
 * both, the lock makes sure that neither overwrites what the other just wrote. It is an operating-system file lock
 * ({@code .tarjama/locks/<folder>.lock} under the output root), so it holds between processes too; within one
 * process a second holder waits its turn. A root that no watch and no desk uses has no {@code .tarjama/} and no
 * second writer to wait for: there the lock is nothing, and a plain {@code translate -o} leaves no trace of it.
 */
public final class FolderLock implements AutoCloseable {
    private static final long RETRY_MILLIS = 2;

    private final FileChannel channel;
    private final FileLock lock;

    /** The lock of a root nothing else writes to. */
    private static final FolderLock NONE = new FolderLock(null, null);

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits until the folder is free and takes it.
     *
     * @param folder the article's folder, directly under {@code root}
     * @throws StorageException when the lock file cannot be made, or the wait is interrupted
     */
    public static FolderLock hold(Path root, Path folder) {
        if (!Files.isDirectory(root.resolve(".tarjama"))) {
            return NONE;
        }
        Path file = root.resolve(".tarjama").resolve("locks").resolve(folder.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                try {
                    return new FolderLock(channel, channel.lock());
                } catch (OverlappingFileLockException e) {
                    Thread.sleep(RETRY_MILLIS); // another thread of this process holds it
                }
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("cannot lock " + folder + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting to write " + folder, e);
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's closing releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held is left to release
            }
        }
    }
}
