package com.motstudio.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Paragraphs of a PDF break lines as the tables and the map do: never a closing mark at the start of a line. */
class ParagraphBreakTest {
    private static final String CLAUSE = "\u7fa4\u4f17\u5230\u7a97\u53e3\u529e\u4e8b"; // 群众到窗口办事

    @Test
    void noLineOfAChineseParagraphStartsWithACommaOrAFullStop() throws IOException {
        // paragraphs whose commas fall at every position of a line: one of them would start a line without the rule
        List<String> paragraphs = new ArrayList<>();
        for (int shift = 0; shift < 60; shift++) {
            paragraphs.add("\u529e".repeat(shift) + (CLAUSE + "\uff0c").repeat(30) + CLAUSE + "\u3002"); // 办 … ， … 。
        }
        byte[] pdf = PdfPages.write(pages -> paragraphs.forEach(pages::text));
        List<String> body;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            body = PdfPages.lines(document, 1, document.getNumberOfPages());
        }
        assertThat(body).as("the paragraphs wrap").hasSizeGreaterThan(paragraphs.size() * 2);
        assertThat(body).allSatisfy(line -> assertThat(line).doesNotStartWith("\uff0c").doesNotStartWith("\u3002"));
        assertThat(String.join("", body)).as("nothing lost").isEqualTo(String.join("", paragraphs));
    }
}
