package com.motstudio.store.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The reader every CSV import uses: encodings, delimiters, quoting, line ends, row numbers and limits. */
class CsvTableTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static List<List<String>> cells(CsvTable table) {
        return table.rows().stream().map(CsvRow::cells).toList();
    }

    private static CsvTable read(String text, Charset charset) {
        return CsvTable.read(text.getBytes(charset));
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf8WithAndWithoutBomAndGb18030AreReadAlike() {
        String text = "阶段,触点\n受理,窗口受理\n";
        List<List<String>> expected = List.of(List.of("阶段", "触点"), List.of("受理", "窗口受理"));
        CsvTable plain = read(text, StandardCharsets.UTF_8);
        CsvTable marked = CsvTable.read(join(BOM, text.getBytes(StandardCharsets.UTF_8)));
        CsvTable gb = read(text, CsvCharset.GB18030);
        assertThat(List.of(plain, marked, gb)).allSatisfy(t -> {
            assertThat(t.problems()).isEmpty();
            assertThat(cells(t)).isEqualTo(expected);
        });
        assertThat(plain.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(marked.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(gb.charset()).isEqualTo(CsvCharset.GB18030);
    }

    @Test
    void utf16WithBomIsRead() {
        byte[] le = join(new byte[] {(byte) 0xFF, (byte) 0xFE}, "阶段\t触点\r\n受理\t取号\r\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = join(new byte[] {(byte) 0xFE, (byte) 0xFF}, "a;b\nc;d".getBytes(StandardCharsets.UTF_16BE));
        assertThat(cells(CsvTable.read(le))).containsExactly(List.of("阶段", "触点"), List.of("受理", "取号"));
        assertThat(cells(CsvTable.read(be))).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void theDelimiterIsTheCommonestOneInTheHeaderOutsideQuotes() {
        assertThat(read("a;b;c\n1,5;2;3\n", StandardCharsets.UTF_8).delimiter()).isEqualTo(';');
        assertThat(read("\"x;y;z\",b\n", StandardCharsets.UTF_8).delimiter()).isEqualTo(',');
        assertThat(read("a\tb\n", StandardCharsets.UTF_8).delimiter()).isEqualTo('\t');
        assertThat(read("a\n", StandardCharsets.UTF_8).delimiter()).isEqualTo(',');
        CsvTable table = read("a;b;c\n1,5;2;3\n", StandardCharsets.UTF_8);
        assertThat(cells(table)).containsExactly(List.of("a", "b", "c"), List.of("1,5", "2", "3"));
    }

    @Test
    void anExcelSeparatorLineNamesTheDelimiterAndIsNotARow() {
        CsvTable table = read("sep=;\r\na,b;c\r\n1;2\r\n", StandardCharsets.UTF_8);
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.rows()).extracting(CsvRow::number, CsvRow::cells)
                .containsExactly(tuple(1, List.of("a,b", "c")), tuple(2, List.of("1", "2")));
    }

    @Test
    void quotedCellsHoldDelimitersQuotesAndLineBreaks() {
        String text = "name,notes\r\n\"a, b\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\"\"\r\nafter,x\"y\r\n\"q\"tail,\n";
        CsvTable table = read(text, StandardCharsets.UTF_8);
        assertThat(table.problems()).isEmpty();
        assertThat(table.rows()).extracting(CsvRow::number, CsvRow::cells).containsExactly(
                tuple(1, List.of("name", "notes")),
                tuple(2, List.of("a, b", "say \"hi\"")),
                tuple(3, List.of("two\nlines", "")),
                tuple(4, List.of("after", "x\"y")),
                tuple(5, List.of("qtail", "")));
    }

    @Test
    void allLineEndsWorkAndBlankRowsAreSkippedButCounted() {
        CsvTable table = read("h1,h2\r1,2\n\n,\r\n3,4\r\n\r\n\n", StandardCharsets.UTF_8);
        assertThat(table.rows()).extracting(CsvRow::number, CsvRow::cells).containsExactly(
                tuple(1, List.of("h1", "h2")), tuple(2, List.of("1", "2")), tuple(5, List.of("3", "4")));
        assertThat(table.body()).extracting(CsvRow::number).containsExactly(2, 5);
        assertThat(read("h\nlast", StandardCharsets.UTF_8).rows()).extracting(CsvRow::number).containsExactly(1, 2);
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsRowAndLine() {
        CsvTable table = read("a,b\n\"multi\nline\",ok\n3,\"never closed\n4,5\n", StandardCharsets.UTF_8);
        assertThat(table.rows()).isEmpty();
        assertThat(table.problems()).extracting(CsvProblem::row, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple(3, "importing.file.unclosedQuote", List.of(4)));
    }

    @Test
    void emptyBinaryAndUnreadableFilesAreRefused() {
        assertThat(only(CsvTable.read(new byte[0]))).isEqualTo("importing.file.empty");
        assertThat(only(CsvTable.read(BOM))).isEqualTo("importing.file.empty");
        assertThat(only(read(" \r\n,,\r\n", StandardCharsets.UTF_8))).isEqualTo("importing.file.empty");
        assertThat(only(CsvTable.read(new byte[] {'a', ',', 0, 'b'}))).isEqualTo("importing.file.binary");
        assertThat(only(CsvTable.read(new byte[] {'a', (byte) 0x80, (byte) 0xFF, 'b'}))).isEqualTo("importing.file.notText");
        assertThat(only(CsvTable.read(join(BOM, new byte[] {'a', (byte) 0xC3, '(', 'b'})))).isEqualTo("importing.file.badUtf8");
        assertThat(only(CsvTable.read(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}))).isEqualTo("importing.file.badUtf16");
        assertThat(only(CsvTable.read(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0, 0}))).isEqualTo("importing.file.binary");
    }

    @Test
    void filesBeyondTheLimitsAreRefusedNotCut() {
        byte[] big = new byte[CsvTable.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        CsvTable large = CsvTable.read(big);
        assertThat(large.problems()).extracting(CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple("importing.file.tooLarge", List.of("10.0", "10.0")));

        StringBuilder rows = new StringBuilder("h\n");
        rows.append("x\n".repeat(CsvTable.MAX_ROWS));
        assertThat(read(rows.toString(), StandardCharsets.UTF_8).problems()).isEmpty();
        rows.append("one too many\n");
        assertThat(only(read(rows.toString(), StandardCharsets.UTF_8))).isEqualTo("importing.file.tooManyRows");

        String wide = "h\n" + ",".repeat(CsvTable.MAX_CELLS) + "\n";
        CsvTable tooWide = read(wide, StandardCharsets.UTF_8);
        assertThat(tooWide.problems()).extracting(CsvProblem::row, CsvProblem::key)
                .containsExactly(tuple(2, "importing.file.tooManyCells"));
        assertThat(read("h\n" + ",".repeat(CsvTable.MAX_CELLS - 1) + "x\n", StandardCharsets.UTF_8).problems()).isEmpty();
    }

    @Test
    void columnLettersAreThoseOfASpreadsheet() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52, 701, 702)).extracting(CsvRow::letter)
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }

    private static String only(CsvTable table) {
        assertThat(table.rows()).isEmpty();
        assertThat(table.problems()).hasSize(1);
        return table.problems().getFirst().key();
    }
}
