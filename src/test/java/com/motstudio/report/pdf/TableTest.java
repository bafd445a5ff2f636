package com.motstudio.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF table on its own: wrapping inside cells, the header on every page, rows taller than a page split, nothing lost. */
class TableTest {
    private static final String HEAD_ONE = "\u5e8f\u53f7";            // 序号
    private static final String HEAD_TWO = "\u5185\u5bb9";            // 内容
    private static final String HEAD_THREE = "\u8d1f\u8d23\u4eba";    // 负责人

    @Test
    void aRowTallerThanAPageIsSplitAcrossPagesWithTheHeaderOnEachAndEveryCharacterKept() throws IOException {
        String sentence = "\u7a97\u53e3\u4eba\u5458\u4e00\u6b21\u544a\u77e5\u6240\u9700\u6750\u6599\uff0c"; // 窗口人员一次告知所需材料，
        String tall = sentence.repeat(400);
        byte[] pdf = PdfPages.write(pages -> {
            Table table = new Table(List.of(HEAD_ONE, HEAD_TWO, HEAD_THREE), 1, 6, 2);
            for (int i = 1; i <= 20; i++) {
                table.row(String.valueOf(i), "\u8865\u6b63\u901a\u77e5", "\u674e\u654f"); // 补正通知, 李敏
            }
            table.row("21", tall, "\u9648\u521a");
            table.row("22", "\u6700\u540e\u4e00\u884c", "\u8d75\u4e3d"); // 最后一行, 赵丽
            pages.table(table, "");
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("the tall row needs more than a page of its own").isGreaterThanOrEqualTo(3);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                assertThat(PdfPages.text(document, p)).as("page %d repeats the header", p).contains(HEAD_ONE).contains(HEAD_TWO)
                        .contains(HEAD_THREE);
            }
            List<String> lines = PdfPages.lines(document, 1, document.getNumberOfPages());
            assertThat(String.join("", lines.stream().filter(tall::contains).toList()))
                    .as("the tall cell is printed whole, in order, over the pages").isEqualTo(tall);
            assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly("22", "\u6700\u540e\u4e00\u884c", "\u8d75\u4e3d");
        }
    }

    @Test
    void textWrapsInsideItsColumnAndNeverStartsALineWithAClosingMark() throws IOException {
        // 25 characters and a full stop in a column about 8 characters wide
        String text = "\u5de5\u4f5c\u4eba\u5458\u7b54\u5e94\u5728\u67d0\u4e2a\u65f6\u95f4\u524d\u529e\u597d\u7684\u4e8b\u90fd\u80fd\u51c6\u65f6\u529e\u5230\u7684\u5417\u3002";
        byte[] pdf = PdfPages.write(pages -> pages.table(new Table(List.of(HEAD_ONE, HEAD_TWO), 6, 1).row("1", text), ""));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = PdfPages.lines(document, 1, 1);
            List<String> cellLines = lines.stream().filter(l -> !l.equals("1") && text.contains(l)).toList();
            assertThat(cellLines).as("the cell's lines").hasSizeGreaterThanOrEqualTo(2);
            assertThat(String.join("", cellLines)).isEqualTo(text);
            assertThat(cellLines).allSatisfy(l -> assertThat(l).doesNotStartWith("\u3002"));
            assertThat(cellLines.getLast()).as("the full stop stays with the character before it").hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void writingRowsAreAtLeastTheirHeightSoAFormHasRoomToWriteIn() throws IOException {
        byte[] loose = PdfPages.write(pages -> {
            Table table = new Table(List.of(HEAD_ONE, HEAD_TWO), 1, 4).writingRows(40);
            for (int i = 1; i <= 30; i++) {
                table.row(String.valueOf(i), "");
            }
            pages.table(table, "");
        });
        try (PDDocument document = Loader.loadPDF(loose)) {
            // A4 less margins is about 726 points: 30 rows of 40 points need two pages
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfPages.text(document, 2)).contains(HEAD_ONE);
        }
    }
}
