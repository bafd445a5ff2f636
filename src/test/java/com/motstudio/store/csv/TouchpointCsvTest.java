package com.motstudio.store.csv;

import com.motstudio.model.Channel;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.store.csv.TouchpointImport.StageImport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static com.motstudio.store.csv.CsvFixtures.preview;
import static com.motstudio.store.csv.CsvFixtures.touchpoints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Good touchpoint files, in every encoding and delimiter, become the touchpoints they describe. */
class TouchpointCsvTest {
    private static final String CHINESE = """
            阶段,触点,描述,渠道,前中后端,时刻类别,触点角色,负责部门,客户行为,痛点,机会点,依据,情绪：办事群众,情绪：企业经办人
            受理,等候叫号,看叫号屏,物理,中端,日常使用,高频触点|投诉,综合受理科,取号后等候,"等多久没底
            座位不够",显示预计等候时间,叫号数据,-2,－３
            办结,领取证照,"窗口领取, 或邮寄",数字,后端,售后服务,结束触点、首触点,办公室,签收,,,,3,
            """;

    @Test
    void aChineseFileFillsEveryField() {
        TouchpointImport preview = preview(CHINESE);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.refused()).isFalse();
        assertThat(preview.rowCount()).isEqualTo(2);
        assertThat(preview.touchpointCount()).isEqualTo(2);
        assertThat(preview.skippedRowCount()).isZero();
        Touchpoint waiting = touchpoints(preview).getFirst();
        assertThat(waiting.id()).startsWith("tp-");
        assertThat(waiting.name()).isEqualTo("等候叫号");
        assertThat(waiting.description()).isEqualTo("看叫号屏");
        assertThat(waiting.channel()).isEqualTo(Channel.PHYSICAL);
        assertThat(waiting.phase()).isEqualTo(JourneyPhase.MIDDLE);
        assertThat(waiting.category()).isEqualTo(MomentCategory.DAILY_USE);
        assertThat(waiting.roles()).containsExactlyInAnyOrder(TouchpointRole.HIGH_FREQUENCY, TouchpointRole.COMPLAINT);
        assertThat(waiting.ownerDepartment()).isEqualTo("综合受理科");
        assertThat(waiting.customerAction()).isEqualTo("取号后等候");
        assertThat(waiting.painPoints()).containsExactly("等多久没底", "座位不够");
        assertThat(waiting.opportunities()).containsExactly("显示预计等候时间");
        assertThat(waiting.evidence()).isEqualTo("叫号数据");
        assertThat(waiting.emotions()).containsExactly(new EmotionScore("ct-public", -2), new EmotionScore("ct-business", -3));
        Touchpoint collect = touchpoints(preview).get(1);
        assertThat(collect.description()).isEqualTo("窗口领取, 或邮寄");
        assertThat(collect.roles()).containsExactlyInAnyOrder(TouchpointRole.END, TouchpointRole.FIRST);
        assertThat(collect.painPoints()).isEmpty();
        assertThat(collect.emotions()).containsExactly(new EmotionScore("ct-public", 3));
    }

    @Test
    void theSameFileReadsAlikeInEveryEncodingAndDelimiter() {
        List<Touchpoint> expected = touchpoints(preview(CHINESE));
        String semicolons = CHINESE.replace(',', ';').replace("窗口领取; 或邮寄", "窗口领取, 或邮寄");
        byte[] bom = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8);
        List<TouchpointImport> previews = List.of(
                preview(CHINESE, CsvCharset.GB18030),
                CsvFixtures.CSV.preview(bom, CsvFixtures.workshop()),
                preview(semicolons),
                preview(CHINESE.replace("\n", "\r\n")));
        assertThat(previews).allSatisfy(p -> {
            assertThat(p.problems()).isEmpty();
            assertThat(touchpoints(p)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").isEqualTo(expected);
        });
        assertThat(previews.getFirst().charset()).isEqualTo(CsvCharset.GB18030);
    }

    @Test
    void headersAndValuesMayBeEnglishTraditionalOrConstantNames() {
        TouchpointImport preview = preview("""
                Stage;Touchpoint Name;CHANNEL;Journey_Phase;Moment category;Roles;Owner-Department;emotion;Evidence
                Arrival;Take a ticket;PHYSICAL;front;purchase decision;first touch;Hall;+1;
                """);
        assertThat(preview.problems()).isEmpty();
        Touchpoint ticket = touchpoints(preview).getFirst();
        assertThat(ticket.channel()).isEqualTo(Channel.PHYSICAL);
        assertThat(ticket.phase()).isEqualTo(JourneyPhase.FRONT);
        assertThat(ticket.category()).isEqualTo(MomentCategory.PURCHASE_DECISION);
        assertThat(ticket.roles()).isEqualTo(Set.of(TouchpointRole.FIRST));
        assertThat(ticket.ownerDepartment()).isEqualTo("Hall");
        assertThat(ticket.emotions()).containsExactly(new EmotionScore("ct-public", 1));

        TouchpointImport traditional = preview("""
                *階段,觸點名稱,渠道,前中後端,類別,觸點角色,情緒：企業經辦人
                辦結,評價,數位,後端,客戶關係管理,結束觸點／投訴觸點,−4
                """.replace("企業經辦人", "企业经办人"));
        assertThat(traditional.problems()).isEmpty();
        Touchpoint rating = touchpoints(traditional).getFirst();
        assertThat(rating.channel()).isEqualTo(Channel.DIGITAL);
        assertThat(rating.phase()).isEqualTo(JourneyPhase.BACK);
        assertThat(rating.category()).isEqualTo(MomentCategory.RELATIONSHIP);
        assertThat(rating.roles()).containsExactlyInAnyOrder(TouchpointRole.END, TouchpointRole.COMPLAINT);
        assertThat(rating.emotions()).containsExactly(new EmotionScore("ct-business", -4));
    }

    @Test
    void stagesAreMatchedByNameIgnoringCaseAndWidthAndOthersCreatedInFileOrder() {
        TouchpointImport preview = preview("""
                stage,touchpoint
                Ｓｅｒｖｉｃｅ,A
                ARRIVAL,B
                 受理 ,窗口受理
                service,C
                Arrival  ,D
                Exit,E
                """);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.stages()).extracting(StageImport::stageId, StageImport::name, StageImport::created)
                .containsExactly(
                        tuple("st-accept", "受理", false),
                        tuple("st-arrive", "Arrival", false),
                        tuple(preview.stages().get(2).stageId(), "Ｓｅｒｖｉｃｅ", true),
                        tuple(preview.stages().get(3).stageId(), "Exit", true));
        assertThat(preview.stages().get(2).stageId()).startsWith("st-");
        assertThat(preview.createdStageCount()).isEqualTo(2);
        assertThat(preview.stages().get(1).touchpoints()).extracting(t -> t.row(), t -> t.touchpoint().name())
                .containsExactly(tuple(3, "B"), tuple(6, "D"));
        assertThat(preview.stages().get(2).touchpoints()).extracting(t -> t.touchpoint().name()).containsExactly("A", "C");
        assertThat(preview.stages().getFirst().touchpoints().getFirst().nameInStage()).isTrue();
        assertThat(preview.stages().get(1).touchpoints().getFirst().nameInStage()).isFalse();
    }

    @Test
    void namesAreOneLineWhileListsSplitAtLineBreaks() {
        TouchpointImport preview = preview("stage,touchpoint,pain points,opportunities\r\n"
                + "\"新\r\n阶段\",\"两行\n  名称\",\"一\r\n\r\n二 | 三\",四｜五\r\n");
        Touchpoint touchpoint = touchpoints(preview).getFirst();
        assertThat(preview.stages().getFirst().name()).isEqualTo("新 阶段");
        assertThat(touchpoint.name()).isEqualTo("两行 名称");
        assertThat(touchpoint.painPoints()).containsExactly("一", "二", "三");
        assertThat(touchpoint.opportunities()).containsExactly("四", "五");
    }

    @Test
    void idsAreNewAndDistinct() {
        TouchpointImport preview = preview("stage,touchpoint\n受理,A\n受理,B\nNew,C\n");
        List<String> ids = touchpoints(preview).stream().map(Touchpoint::id).toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContain("tp-window").allMatch(id -> id.startsWith("tp-"));
    }
}
