package com.motstudio.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Byte offsets become the line and character column an editor shows. */
class TextPositionsTest {
    private static TextPositions.Position at(String text, String before) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int offset = text.substring(0, text.indexOf(before)).getBytes(StandardCharsets.UTF_8).length;
        return TextPositions.of(bytes).at(offset);
    }

    @Test
    void chineseCharactersCountOnceNotThreeTimes() {
        assertThat(at("{\n  \"名称\": \"关键时刻\" ?}", "?")).isEqualTo(new TextPositions.Position(2, 16));
    }

    @Test
    void windowsAndOldMacLineEndsCountAsOneLine() {
        assertThat(at("a\r\nb\rc\nd", "d")).isEqualTo(new TextPositions.Position(4, 1));
    }

    @Test
    void theByteOrderMarkIsNotACharacter() {
        assertThat(at("\uFEFF{x", "x")).isEqualTo(new TextPositions.Position(1, 2));
    }

    @Test
    void offsetsOutsideTheTextAreClamped() {
        TextPositions positions = TextPositions.of("ab\ncd".getBytes(StandardCharsets.UTF_8));
        assertThat(positions.at(99)).isEqualTo(new TextPositions.Position(2, 3));
        assertThat(positions.at(-1)).isEqualTo(new TextPositions.Position(1, 1));
    }
}
