package com.motstudio.store;

import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Monitoring;
import com.motstudio.model.Plan;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Workshop;
import com.motstudio.templates.TemplateGenerator;
import com.motstudio.templates.TemplateSource;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every sector template opens in every language as a complete, credible journey, and matches its source. */
class TemplatesTest {
    static final List<String> SECTORS = Templates.SECTORS;
    /** Common characters that only Simplified Chinese writes, and their Traditional forms. */
    private static final String SIMPLIFIED_ONLY = "们这么说话请问间门时会来对发现经过还没与为动务办处资网员证单级业应该电脑线页认识让谁带帮点场产价区传体备复够头实导岁广张录总户报择换无显条机权极标样检欢气况净减凭则别劳势协卖卫历压厅参变号听响图团园围国声学宝审宽寻将层属岛师库废开归当态执扩扫护担拥挂挤损摄数断旧术杂柜栏楼满灭灯热爱独环疗监盘确礼离积称税稳笔简类紧红约纪纸练组细织终绍结给络绝统续维综绿缓编缩缴罚职联肤节药获营蓝虑虽补规觉览观视计订讨训议记讲许论设访评诉诊试询详语误读课调谈谢负财责货质购贵费赔赶车转轮软轻较辆输边达迁运进远违连迟适选递邮释针钱银链销锁错键镇长闭闲阅队阳阶际陆陈险随隐难顶项顺顾预领频题额风飞饭饮馆驶驾验鸡齐龙内从";
    private static final String TRADITIONAL_ONLY = "們這麼說話請問間門時會來對發現經過還沒與為動務辦處資網員證單級業應該電腦線頁認識讓誰帶幫點場產價區傳體備復夠頭實導歲廣張錄總戶報擇換無顯條機權極標樣檢歡氣況淨減憑則別勞勢協賣衛歷壓廳參變號聽響圖團園圍國聲學寶審寬尋將層屬島師庫廢開歸當態執擴掃護擔擁掛擠損攝數斷舊術雜櫃欄樓滿滅燈熱愛獨環療監盤確禮離積稱稅穩筆簡類緊紅約紀紙練組細織終紹結給絡絕統續維綜綠緩編縮繳罰職聯膚節藥獲營藍慮雖補規覺覽觀視計訂討訓議記講許論設訪評訴診試詢詳語誤讀課調談謝負財責貨質購貴費賠趕車轉輪軟輕較輛輸邊達遷運進遠違連遲適選遞郵釋針錢銀鏈銷鎖錯鍵鎮長閉閒閱隊陽階際陸陳險隨隱難頂項順顧預領頻題額風飛飯飲館駛駕驗雞齊龍內從";

    private final WorkshopStore store = new WorkshopStore();
    private final Templates templates = new Templates(store);

    static Stream<Arguments> templates() {
        return SECTORS.stream().flatMap(s -> Stream.of(Language.values()).map(l -> Arguments.of(s, l)));
    }

    private LoadResult.Loaded load(String sector, Language language) {
        LoadResult result = templates.load(sector, language);
        assertThat(result).as("%s in %s: %s", sector, language, result).isInstanceOf(LoadResult.Loaded.class);
        return (LoadResult.Loaded) result;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void opensAsACompleteJourney(String sector, Language language) {
        Workshop workshop = load(sector, language).workshop();
        assertThat(workshop.info().sector()).isEqualTo(sector);
        assertThat(workshop.info().language()).isEqualTo(language.tag());
        assertThat(workshop.info().title()).isNotBlank();
        assertThat(workshop.customerTypes()).hasSizeBetween(2, 3).allSatisfy(c -> assertThat(c.name()).isNotBlank());
        assertThat(workshop.journey().stages()).hasSizeBetween(6, 9)
                .allSatisfy(s -> assertThat(s.touchpoints()).as(s.name()).isNotEmpty());
        List<Touchpoint> touchpoints = workshop.journey().touchpoints();
        assertThat(touchpoints).hasSizeBetween(20, 40);
        List<String> typeIds = workshop.customerTypes().stream().map(CustomerType::id).toList();
        for (Touchpoint t : touchpoints) {
            assertThat(List.of(t.name(), t.description(), t.ownerDepartment(), t.customerAction())).as(t.id()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(t.channel()).as(t.id()).isNotNull();
            assertThat(t.phase()).as(t.id()).isNotNull();
            assertThat(t.category()).as(t.id()).isNotNull();
            assertThat(t.emotions()).as(t.id()).extracting(EmotionScore::customerTypeId).containsExactlyElementsOf(typeIds);
        }
        assertThat(share(touchpoints, t -> !t.painPoints().isEmpty())).as("share with pain points").isGreaterThanOrEqualTo(0.8);
        assertThat(share(touchpoints, t -> !t.opportunities().isEmpty())).as("share with opportunities").isGreaterThanOrEqualTo(0.8);
        assertThat(touchpoints).anyMatch(t -> t.roles().contains(TouchpointRole.FIRST));
        assertThat(touchpoints.getLast().roles()).as("the journey ends at an end touchpoint").contains(TouchpointRole.END);
        assertThat(workshop.tiers()).isEmpty();
        assertThat(workshop.keyMoments()).isEqualTo(KeyMoments.empty());
        assertThat(workshop.plan()).isEqualTo(Plan.empty());
        assertThat(workshop.monitoring()).isEqualTo(Monitoring.empty());
    }

    /** Peak-end reading needs curves with real lows and highs, not a row of polite zeros. */
    @ParameterizedTest(name = "{0}")
    @FieldSource("SECTORS")
    void everyEmotionCurveHasALowAndAHigh(String sector) {
        Workshop workshop = load(sector, Language.ENGLISH).workshop();
        for (CustomerType type : workshop.customerTypes()) {
            List<Integer> curve = workshop.journey().touchpoints().stream().map(t -> t.emotionOf(type.id()).orElseThrow()).toList();
            int low = curve.stream().min(Integer::compare).orElseThrow();
            int high = curve.stream().max(Integer::compare).orElseThrow();
            assertThat(low).as("lowest point of %s", type.name()).isLessThanOrEqualTo(-2);
            assertThat(high).as("highest point of %s", type.name()).isGreaterThanOrEqualTo(1);
        }
        List<Integer> main = workshop.journey().touchpoints().stream().map(t -> t.emotions().getFirst().score()).toList();
        assertThat(main.stream().min(Integer::compare).orElseThrow()).as("lowest point of the first customer type").isLessThanOrEqualTo(-3);
        assertThat(main.stream().max(Integer::compare).orElseThrow()).as("highest point of the first customer type").isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SECTORS")
    void theThreeLanguagesShareIdsAndStructure(String sector) {
        List<String> chinese = structure(load(sector, Language.SIMPLIFIED_CHINESE).workshop());
        assertThat(structure(load(sector, Language.TRADITIONAL_CHINESE).workshop())).isEqualTo(chinese);
        assertThat(structure(load(sector, Language.ENGLISH).workshop())).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void everyTextIsInTheTemplatesLanguage(String sector, Language language) {
        List<String> texts = texts(load(sector, language).workshop());
        if (language == Language.ENGLISH) {
            assertThat(texts).noneMatch(TemplatesTest::hasHan);
        } else {
            assertThat(texts).allMatch(TemplatesTest::hasHan);
            String foreign = language == Language.TRADITIONAL_CHINESE ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
            assertThat(texts).as("characters of the other script").noneMatch(t -> t.chars().anyMatch(c -> foreign.indexOf(c) >= 0));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void theFilesAreWhatTheGeneratorWritesFromTheSources(String sector, Language language) throws IOException {
        String expected = new String(TemplateGenerator.bytes(TemplateSource.of(sector), language), StandardCharsets.UTF_8);
        assertThat(new String(resource(sector, language), StandardCharsets.UTF_8))
                .as("regenerate with TemplateGenerator after editing %s.txt", sector).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void savingAnOpenedTemplateChangesNothing(String sector, Language language) throws IOException {
        LoadResult.Loaded loaded = load(sector, language);
        byte[] file = resource(sector, language);
        assertThat(store.toJson(loaded.workshop(), loaded.baseline())).isEqualTo(file);
        assertThat(store.toJson(loaded.workshop(), null)).isEqualTo(file);
    }

    @Test
    void everyTemplateHasANameAndADescriptionInEveryLanguage() {
        for (Language language : Language.values()) {
            Texts texts = new Texts(language);
            for (String sector : SECTORS) {
                assertThat(texts.has(Templates.nameKey(sector))).as("%s %s", sector, language).isTrue();
                assertThat(texts.has(Templates.descriptionKey(sector))).as("%s %s", sector, language).isTrue();
            }
        }
    }

    @Test
    void theTemplatesCoverTheSetupPagesSectorsExceptOther() throws ReflectiveOperationException {
        Field codes = Class.forName("com.motstudio.ui.setup.Sectors").getDeclaredField("CODES");
        codes.setAccessible(true);
        List<String> offered = ((List<?>) codes.get(null)).stream().map(String::valueOf).filter(code -> !code.equals("other")).toList();
        assertThat(offered).containsExactlyElementsOf(SECTORS);
    }

    @Test
    void anUnknownSectorHasNoTemplate() {
        assertThatThrownBy(() -> templates.load("other", Language.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] resource(String sector, Language language) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream("/com/motstudio/templates/" + TemplateGenerator.fileName(sector, language))) {
            assertThat(in).as("template %s %s", sector, language).isNotNull();
            return in.readAllBytes();
        }
    }

    private static double share(List<Touchpoint> touchpoints, Predicate<Touchpoint> test) {
        return touchpoints.stream().filter(test).count() / (double) touchpoints.size();
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Everything about a template except its texts: ids, choices, scores and how many texts of each kind. */
    private static List<String> structure(Workshop w) {
        List<String> lines = new ArrayList<>();
        w.customerTypes().forEach(c -> lines.add(c.id() + " " + c.kind()));
        for (Stage s : w.journey().stages()) {
            lines.add(s.id());
            for (Touchpoint t : s.touchpoints()) {
                lines.add(String.join(" ", t.id(), String.valueOf(t.channel()), String.valueOf(t.phase()), String.valueOf(t.category()),
                        t.roles().toString(), t.emotions().toString(), "pains=" + t.painPoints().size(),
                        "opportunities=" + t.opportunities().size(), "evidence=" + !t.evidence().isEmpty()));
            }
        }
        return lines;
    }

    /** Every text a person reads in the template. */
    private static List<String> texts(Workshop w) {
        List<String> texts = new ArrayList<>(List.of(w.info().title(), w.info().notes()));
        w.customerTypes().forEach(c -> texts.addAll(List.of(c.name(), c.description())));
        for (Stage s : w.journey().stages()) {
            texts.addAll(List.of(s.name(), s.description()));
            for (Touchpoint t : s.touchpoints()) {
                texts.addAll(List.of(t.name(), t.description(), t.ownerDepartment(), t.customerAction()));
                texts.addAll(t.painPoints());
                texts.addAll(t.opportunities());
                texts.add(t.evidence());
            }
        }
        texts.removeIf(String::isEmpty);
        return texts;
    }
}
