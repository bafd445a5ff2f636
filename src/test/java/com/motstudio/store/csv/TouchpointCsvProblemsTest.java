package com.motstudio.store.csv;

import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static com.motstudio.store.csv.CsvFixtures.preview;
import static com.motstudio.store.csv.CsvFixtures.touchpoints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rows with problems are listed with row, column and reason and left out; broken files add nothing. */
class TouchpointCsvProblemsTest {
    private final Texts english = new Texts(Language.ENGLISH);
    private final Texts chinese = new Texts(Language.SIMPLIFIED_CHINESE);
    private final Texts traditional = new Texts(Language.TRADITIONAL_CHINESE);

    private static final String MIXED = """
            阶段,触点,渠道,前中后端,时刻类别,触点角色,情绪,情绪：VIP,备注
            受理,好的一行,物理,前端,购买决策,首触点,1,5,不读
            ,没有阶段,,,,,,,
            受理,,xyz,,,,,,
            受理,坏值,,左端,吃饭,首触点|VIP,abc,,

            受理,超出范围,,,,,６,,
            受理,多出一格,,,,,0,,,多余
            办结,也是好的,人际,,,,-5,,
            """;

    @Test
    void everyProblemIsListedWithRowColumnAndReason() {
        TouchpointImport preview = preview(MIXED);
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(
                        tuple(1, "情绪：VIP", "importing.header.unknownCustomerType", List.of("VIP")),
                        tuple(1, "备注", "importing.header.unknown", List.of()),
                        tuple(3, "阶段", "importing.row.missingStage", List.of()),
                        tuple(4, "触点", "importing.row.missingName", List.of()),
                        tuple(4, "渠道", "importing.row.unknownChannel", List.of("xyz")),
                        tuple(5, "前中后端", "importing.row.unknownPhase", List.of("左端")),
                        tuple(5, "时刻类别", "importing.row.unknownCategory", List.of("吃饭")),
                        tuple(5, "触点角色", "importing.row.unknownRole", List.of("VIP")),
                        tuple(5, "情绪", "importing.row.notANumber", List.of("abc")),
                        tuple(7, "情绪", "importing.row.outOfRange", List.of("６")),
                        tuple(8, null, "importing.row.cellWithoutColumn", List.of("J")));
    }

    @Test
    void goodRowsAreStillPreviewed() {
        TouchpointImport preview = preview(MIXED);
        assertThat(preview.refused()).isFalse();
        assertThat(preview.rowCount()).isEqualTo(7);
        assertThat(preview.touchpointCount()).isEqualTo(2);
        assertThat(preview.skippedRowCount()).isEqualTo(5);
        assertThat(preview.stages()).flatExtracting(s -> s.touchpoints()).extracting(t -> t.row(), t -> t.touchpoint().name())
                .containsExactly(tuple(2, "好的一行"), tuple(9, "也是好的"));
        assertThat(touchpoints(preview).getFirst().emotions()).extracting(e -> e.customerTypeId()).containsExactly("ct-public");
    }

    @Test
    void problemsReadAsSentencesInEachLanguage() {
        CsvProblem channel = preview(MIXED).problems().get(4);
        assertThat(channel.describe(english))
                .isEqualTo("Row 4, column \"渠道\": Unknown channel \"xyz\". Write physical, digital or interpersonal, or leave it empty.");
        assertThat(channel.describe(chinese)).isEqualTo("第 4 行“渠道”列：无法识别的渠道“xyz”。请填写 物理、数字 或 人际，也可以留空。");
        assertThat(channel.describe(traditional)).startsWith("第 4 列「渠道」欄：無法辨識的渠道「xyz」");
        CsvProblem extra = preview(MIXED).problems().getLast();
        assertThat(extra.describe(english)).isEqualTo("Row 8: There is text in column J, which has no header.");
        CsvProblem missing = preview("触点\n取号\n").problems().getFirst();
        assertThat(missing.describe(english)).startsWith("Row 1: The required column \"stage\" is missing");
        assertThat(missing.describe(chinese)).startsWith("第 1 行：缺少必需的“阶段”列");
        assertThat(missing.describe(traditional)).startsWith("第 1 列：缺少必要的「階段」欄");
        CsvProblem large = CsvFixtures.CSV.preview(new byte[CsvTable.MAX_BYTES + 1], CsvFixtures.workshop()).problems().getFirst();
        assertThat(large.describe(english)).startsWith("The file is 10.0 MB; files of up to 10.0 MB can be imported.");
    }

    @Test
    void anEmotionColumnNeedsACustomerType() {
        Workshop noTypes = CsvFixtures.workshop().withCustomerTypes(List.of());
        TouchpointImport preview = CsvFixtures.CSV.preview("stage,touchpoint,emotion\nA,B,9\n".getBytes(StandardCharsets.UTF_8), noTypes);
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key)
                .containsExactly(tuple(1, "emotion", "importing.header.noCustomerType"));
        assertThat(touchpoints(preview)).extracting(Touchpoint::name).containsExactly("B");
    }

    @Test
    void brokenFilesAreRefusedWithAnEmptyPreview() {
        byte[] large = new byte[CsvTable.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        assertRefused(new byte[0], "importing.file.empty");
        assertRefused(bytes("阶段,触点\r\n\r\n"), "importing.file.noRows");
        assertRefused(bytes("stage,touchpoint\nA,\u0000B\n"), "importing.file.binary");
        assertRefused(bytes("stage,touchpoint\nA,\"B\nC,D\n"), "importing.file.unclosedQuote");
        assertRefused(large, "importing.file.tooLarge");
        assertRefused(bytes("name,channel\nB,物理\n"), "importing.header.missing");
        assertRefused(bytes("stage,触点,名称\nA,B,C\n"), "importing.header.duplicate");
        assertRefused(bytes("情绪：办事群众,阶段,触点,emotion\n1,A,B,2\n"), "importing.header.duplicate");
    }

    @Test
    void aHeaderThatIsNoHeaderNamesBothMissingColumns() {
        TouchpointImport preview = preview("受理,窗口受理\n受理,取号\n");
        assertThat(preview.refused()).isTrue();
        assertThat(preview.problems()).extracting(CsvProblem::key, CsvProblem::args).containsExactly(
                tuple("importing.header.unknown", List.of()),
                tuple("importing.header.unknown", List.of()),
                tuple("importing.header.missing", List.of(new CsvProblem.Term("importing.column.stage"))),
                tuple("importing.header.missing", List.of(new CsvProblem.Term("importing.column.name"))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(byte[] file, String key) {
        Workshop workshop = CsvFixtures.workshop();
        TouchpointImport preview = CsvFixtures.CSV.preview(file, workshop);
        assertThat(preview.problems()).extracting(CsvProblem::key).contains(key);
        assertThat(preview.refused()).isTrue();
        assertThat(preview.stages()).isEmpty();
        assertThat(preview.addsAnything()).isFalse();
        assertThat(preview.applyTo(workshop)).isSameAs(workshop);
    }
}
