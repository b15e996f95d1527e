package dev.tarjama.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What the pages of an output root share, written once at its root rather than into every page: the Arabic face
 * ({@value #DIRECTORY}/{@value #FONT}) with its licence beside it. Each file is written atomically when it is missing
 * or differs from the one this version carries (a new font comes with a new version), and left alone when identical,
 * so several workers writing into one root never see half a font.
 */
public final class SharedAssets {
    /** The folder at the root that holds them; a reserved name no article folder takes. */
    public static final String DIRECTORY = "assets";
    /** The font's file name in it. */
    public static final String FONT = "amiri-regular.ttf";

    static final String LICENCE = "OFL.txt";

    private SharedAssets() {}

    /**
     * Writes the shared files into {@code root} as needed.
     *
     * @return how a page in {@code pageDirectory} (the root itself or a folder under it) refers to the font
     * @throws IOException when they cannot be written
     */
    public static PageFont ensure(Path root, Path pageDirectory) throws IOException {
        Path assets = root.resolve(DIRECTORY);
        Files.createDirectories(assets);
        byte[] font;
        try (InputStream in = ArabicFont.regular()) {
            font = in.readAllBytes();
        }
        byte[] licence;
        try (InputStream in = ArabicFont.licence()) {
            licence = in.readAllBytes();
        }
        writeIfChanged(assets.resolve(FONT), font);
        writeIfChanged(assets.resolve(LICENCE), licence);
        Path relative = pageDirectory
                .toAbsolutePath()
                .normalize()
                .relativize(assets.resolve(FONT).toAbsolutePath().normalize());
        return new PageFont(relative.toString().replace('\\', '/'));
    }

    private static void writeIfChanged(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file)
                && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        OutputWriter.writeAtomically(file, out -> out.write(content));
    }
}
