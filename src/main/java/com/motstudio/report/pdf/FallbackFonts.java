package com.motstudio.report.pdf;

import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fonts installed on the machine, as a per-character fallback for what the bundled font cannot
 * draw (emoji, Arabic, Hebrew, rare CJK). Looked at only when such a character turns up: the
 * folders are listed once, each font file is opened (by Java2D, which reads only its tables) the
 * first time a character needs it, and the answer for each character is remembered for the rest of
 * the run. A font is used only if it has outlines a PDF can embed (TrueType {@code glyf} or
 * {@code CFF }): colour-bitmap emoji fonts are skipped. Regular faces come first, sans before serif.
 */
final class FallbackFonts {
    /** Where the operating systems keep their fonts (the folders that do not exist are skipped). */
    static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of(System.getProperty("user.home"), ".local/share/fonts"),
            Path.of("C:\\Windows\\Fonts"), Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"),
            Path.of(System.getProperty("user.home"), "Library/Fonts"));

    private final List<Path> folders;
    private List<Candidate> candidates;
    private final Map<Integer, Optional<BaseFont>> chosen = new HashMap<>();

    /** A font file, opened when first asked about. */
    private static final class Candidate {
        final Path file;
        boolean opened;
        java.awt.Font coverage;
        BaseFont pdf;

        Candidate(Path file) {
            this.file = file;
        }
    }

    FallbackFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The first font of the chain that can draw the character, if any. */
    synchronized Optional<BaseFont> forCodePoint(int codePoint) {
        Optional<BaseFont> known = chosen.get(codePoint);
        if (known != null) {
            return known;
        }
        Optional<BaseFont> found = Optional.empty();
        for (Candidate c : candidates()) {
            open(c);
            if (c.coverage != null && c.coverage.canDisplay(codePoint)) {
                BaseFont pdf = pdf(c);
                if (pdf != null && pdf.charExists(codePoint)) {
                    found = Optional.of(pdf);
                    break;
                }
            }
        }
        chosen.put(codePoint, found);
        return found;
    }

    private List<Candidate> candidates() {
        if (candidates == null) {
            List<Path> files = new ArrayList<>();
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> walk = Files.walk(folder, 4)) {
                        walk.filter(FallbackFonts::isFontFile).forEach(files::add);
                    } catch (IOException | RuntimeException e) {
                        // an unreadable folder gives no fallback fonts; the characters are then reported as missing
                    }
                }
            }
            files.sort(Comparator.comparingInt(FallbackFonts::rank).thenComparing(Path::toString));
            candidates = files.stream().map(Candidate::new).toList();
        }
        return candidates;
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc")) && Files.isRegularFile(file);
    }

    /** Regular sans faces first, then regular others, then styled faces (bold, italic, mono…). */
    private static int rank(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean styled = Stream.of("bold", "italic", "oblique", "light", "thin", "black", "condensed", "mono", "math")
                .anyMatch(name::contains);
        boolean serif = name.contains("serif") && !name.contains("sans");
        return (styled ? 2 : 0) + (serif ? 1 : 0);
    }

    private static void open(Candidate c) {
        if (c.opened) {
            return;
        }
        c.opened = true;
        try {
            if (hasOutlines(c.file)) {
                java.awt.Font[] fonts = java.awt.Font.createFonts(c.file.toFile());
                c.coverage = fonts.length == 0 ? null : fonts[0];
            }
        } catch (IOException | java.awt.FontFormatException | RuntimeException e) {
            c.coverage = null; // not a font Java can read: not a fallback
        }
    }

    private static BaseFont pdf(Candidate c) {
        if (c.pdf == null) {
            String name = c.file.toString() + (c.file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? ",0" : "");
            try {
                c.pdf = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
                c.pdf.setSubset(true);
            } catch (IOException | RuntimeException e) {
                c.coverage = null; // e.g. a licence that forbids embedding
            }
        }
        return c.pdf;
    }

    /** Whether the (first) font of the file has outlines: a {@code glyf} or {@code CFF } table. */
    static boolean hasOutlines(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = 0;
            if (in.readInt() == 0x74746366) { // 'ttcf': a collection, the first font's table directory
                in.readInt();
                in.readInt();
                start = in.readInt() & 0xFFFFFFFFL;
            }
            in.seek(start + 4);
            int tables = in.readUnsignedShort();
            for (int i = 0; i < tables && i < 200; i++) {
                in.seek(start + 12 + 16L * i);
                int tag = in.readInt();
                if (tag == 0x676C7966 || tag == 0x43464620) { // 'glyf', 'CFF '
                    return true;
                }
            }
            return false;
        }
    }
}
