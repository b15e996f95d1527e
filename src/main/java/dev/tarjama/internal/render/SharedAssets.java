package dev.tarjama.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/**
 * What the pages of an output root share, written once at its root rather than into every page: the Arabic face
 * ({@value #DIRECTORY}/{@value #FONT}) with its licence beside it. Each file is written atomically when it is missing
 * or differs from the one this version carries (a new font comes with a new version), and left alone when identical,
 * so several workers writing into one root never see half a font. One instance per root remembers that it found the
 * files current, so a watch publishing article after article compares their bytes once, not for every article.
 */
public final class SharedAssets {
    /** The folder at the root that holds them; a reserved name no article folder takes. */
    public static final String DIRECTORY = "assets";
    /** The font's file name in it. */
    public static final String FONT = "amiri-regular.ttf";

    static final String LICENCE = "OFL.txt";

    private final Path assets;
    /** The font file's modification time when it was last found current, or {@code null}. */
    private volatile FileTime verified;

    public SharedAssets(Path root) {
        this.assets = root.resolve(DIRECTORY);
    }

    /**
     * Writes the shared files as needed.
     *
     * @return how a page in {@code pageDirectory} (the root itself or a folder under it) refers to the font
     * @throws IOException when they cannot be written
     */
    public PageFont fontFor(Path pageDirectory) throws IOException {
        Path font = assets.resolve(FONT);
        if (!stillCurrent(font)) {
            Files.createDirectories(assets);
            writeIfChanged(font, Bundled.FONT);
            writeIfChanged(assets.resolve(LICENCE), Bundled.LICENCE);
            verified = Files.getLastModifiedTime(font);
        }
        Path relative = pageDirectory
                .toAbsolutePath()
                .normalize()
                .relativize(font.toAbsolutePath().normalize());
        return new PageFont(relative.toString().replace('\\', '/'));
    }

    /** Whether the font is as this instance last found it: same time and size, so not replaced since. */
    private boolean stillCurrent(Path font) throws IOException {
        FileTime seen = verified;
        return seen != null
                && Files.isRegularFile(font)
                && Files.size(font) == Bundled.FONT.length
                && Files.getLastModifiedTime(font).equals(seen);
    }

    private static void writeIfChanged(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file)
                && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        OutputWriter.writeAtomically(file, out -> out.write(content));
    }

    /** The files as this version carries them, read from the jar once; never modified. */
    private static final class Bundled {
        static final byte[] FONT = read(true);
        static final byte[] LICENCE = read(false);

        private static byte[] read(boolean font) {
            try (InputStream in = font ? ArabicFont.regular() : ArabicFont.licence()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
