package com.motstudio.report.pdf;

import com.motstudio.report.map.LineBreaker;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where OpenPDF may end a line of a paragraph: where it would (after a space or hyphen, after any
 * Chinese character), except before closing punctuation (，。、）」 …) and after opening punctuation
 * (（「 …), the rules the tables and the journey map follow ({@link LineBreaker}). Without it a
 * Chinese paragraph could start a line with a comma.
 */
final class LineBreaks implements SplitCharacter {
    static final LineBreaks RULES = new LineBreaks();

    private LineBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (current + 1 < end && LineBreaker.neverStartsLine(character(current + 1, cc, ck))) {
            return false;
        }
        if (LineBreaker.neverEndsLine(character(current, cc, ck))) {
            return false;
        }
        return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
    }

    private static char character(int index, char[] cc, PdfChunk[] ck) {
        if (ck == null || ck.length == 0) {
            return cc[index];
        }
        return (char) ck[Math.min(index, ck.length - 1)].getUnicodeEquivalent(cc[index]);
    }
}
