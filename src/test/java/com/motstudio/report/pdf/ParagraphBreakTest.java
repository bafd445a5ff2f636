package com.motstudio.report.pdf;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportOptions options = ExportOptions.of(DocumentKind.ACTION_PLAN, Language.SIMPLIFIED_CHINESE);
        try (Pages pages = new Pages(out, options, new Texts(Language.SIMPLIFIED_CHINESE), new Color(160, 40, 40),
                new Pages.Metadata("t", "a", "s", "o", false, false), ExportProgress.NONE)) {
            paragraphs.forEach(pages::text);
        }
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    lines.add(text.strip());
                }
            };
            stripper.writeText(document, new StringWriter());
        }
        // leave out the page frame: the metadata's title and organisation, "第 n 页，共 m 页"
        List<String> body = lines.stream().filter(l -> !l.isEmpty() && !l.equals("t") && !l.equals("o") && !l.contains("\u9875")).toList();
        assertThat(body).as("the paragraphs wrap").hasSizeGreaterThan(paragraphs.size() * 2);
        assertThat(body).allSatisfy(line -> assertThat(line).doesNotStartWith("\uff0c").doesNotStartWith("\u3002"));
        assertThat(String.join("", body)).as("nothing lost").isEqualTo(String.join("", paragraphs));
    }
}
