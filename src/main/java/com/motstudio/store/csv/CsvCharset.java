package com.motstudio.store.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds how a CSV file is encoded, the ways spreadsheets save one: a byte-order mark says UTF-8 or
 * UTF-16 ("Unicode text"); without one, text that is valid UTF-8 is UTF-8, and anything else is
 * tried as GB18030, which Excel in mainland China writes (it includes GBK and GB2312). Decoding is
 * strict: a byte that does not fit is a problem, never a replacement character.
 */
final class CsvCharset {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The text of a file and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    private CsvCharset() {}

    static Optional<Decoded> decode(byte[] bytes, List<CsvProblem> problems) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8, "importing.file.badUtf8", problems);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16LE, "importing.file.badUtf16", problems);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16BE, "importing.file.badUtf16", problems);
        }
        for (byte b : bytes) {
            if (b == 0) {
                problems.add(CsvProblem.inFile("importing.file.binary"));
                return Optional.empty();
            }
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                return Optional.of(new Decoded(text(bytes, 0, charset), charset));
            } catch (CharacterCodingException e) {
                // not this one; try the next
            }
        }
        problems.add(CsvProblem.inFile("importing.file.notText"));
        return Optional.empty();
    }

    private static Optional<Decoded> strictly(byte[] bytes, int skip, Charset charset, String badKey,
                                              List<CsvProblem> problems) {
        try {
            String text = text(bytes, skip, charset);
            if (text.indexOf('\0') >= 0) {
                problems.add(CsvProblem.inFile("importing.file.binary"));
                return Optional.empty();
            }
            return Optional.of(new Decoded(text, charset));
        } catch (CharacterCodingException e) {
            problems.add(CsvProblem.inFile(badKey));
            return Optional.empty();
        }
    }

    private static String text(byte[] bytes, int skip, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
