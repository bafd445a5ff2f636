package com.motstudio.report.map;

import com.motstudio.report.BundledFont;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrapping rules of the journey map's text: Chinese anywhere, Latin at spaces and hyphens, long words cut. */
class MapLineBreakTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Font font = BundledFont.of(13f);
    private final LineBreaker breaker = new LineBreaker(FRC);

    @Test
    void chineseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        double width = TextBlock.measure("排队时间长", font, FRC) + 0.1;
        TextBlock block = breaker.wrap("排队时间长，不知道还要等多久。也不敢离开", font, width);
        assertThat(block.lines()).allSatisfy(line -> {
            assertThat(TextBlock.measure(line, font, FRC)).isLessThanOrEqualTo(width);
            assertThat(line).doesNotStartWith("，").doesNotStartWith("。");
        });
        assertThat(String.join("", block.lines())).isEqualTo("排队时间长，不知道还要等多久。也不敢离开");
        assertThat(block.lines().size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void latinBreaksAtSpacesAndAfterHyphens() {
        double width = TextBlock.measure("Requirements on the", font, FRC) + 0.1;
        TextBlock block = breaker.wrap("Requirements on the website differ from the well-known counter list", font, width);
        assertThat(block.lines()).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
        assertThat(block.lines().getFirst()).isEqualTo("Requirements on the");
        assertThat(String.join(" ", block.lines()).replace("- ", "-"))
                .isEqualTo("Requirements on the website differ from the well-known counter list");
        assertThat(LineBreaker.tokens("well-known  words")).containsExactly("well-", "known  ", "words");
    }

    @Test
    void aWordWiderThanTheBoxIsCut() {
        double width = 60;
        TextBlock block = breaker.wrap("https://zwfw.example.gov.cn/materials/checklist", font, width);
        assertThat(block.lines()).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(TextBlock.measure(line, font, FRC)).isLessThanOrEqualTo(width));
        assertThat(String.join("", block.lines())).isEqualTo("https://zwfw.example.gov.cn/materials/checklist");
    }

    @Test
    void mixedTextAndHardBreaksAndNarrowBoxes() {
        TextBlock block = breaker.wrap("取号 ticket\n\n叫号屏 screen", font, 1000);
        assertThat(block.lines()).containsExactly("取号 ticket", "叫号屏 screen");
        TextBlock narrow = breaker.wrap("客户", font, 2); // narrower than one character: one per line, never stuck
        assertThat(narrow.lines()).containsExactly("客", "户");
        assertThat(breaker.wrap("  ", font, 100).lines()).isEmpty();
        assertThat(LineBreaker.tokens("（含预约）")).isEqualTo(List.of("（含", "预", "约）"));
    }
}
