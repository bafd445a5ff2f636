package com.motstudio.store.csv;

import com.motstudio.model.DimensionWeight;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.Workshop;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.SERVQUAL;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A SERVQUAL answer file is read into one response per row, with columns named in any of the three languages. */
class ServqualCsvTest {

    private static List<ServqualResponse> responses(ServqualImport preview) {
        return preview.responses().stream().map(ServqualImport.ImportedResponse::response).toList();
    }

    @Test
    void aWorkshopWithoutItemsIsGivenTheStandard22() {
        StringBuilder header = new StringBuilder("受访者");
        StringBuilder row = new StringBuilder("R01");
        for (int item = 1; item <= 22; item++) {
            header.append(",E").append(item).append(",P").append(item);
            row.append(',').append(item % 7 + 1).append(',').append((item + 3) % 7 + 1);
        }
        String file = header + "\n" + row + "\n";
        ServqualImport preview = SERVQUAL.preview(utf8(file), SurveyFixtures.workshop());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.addsStandardItems()).isTrue();
        assertThat(preview.addedItems()).isEqualTo(ServqualItems.items(Language.SIMPLIFIED_CHINESE));
        assertThat(preview.notes()).extracting(CsvProblem::row, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple(0, "surveys.import.servqual.standardItems", List.of(22)));
        assertThat(preview.answeredItems()).hasSize(22).startsWith("sq-01").endsWith("sq-22");
        assertThat(preview.scaleMin()).isEqualTo(1);
        assertThat(preview.scaleMax()).isEqualTo(7);
        ServqualResponse response = responses(preview).getFirst();
        assertThat(response.respondent()).isEqualTo("R01");
        assertThat(response.id()).startsWith("sr-");
        assertThat(response.answers()).hasSize(22);
        assertThat(response.answers().getFirst()).isEqualTo(new ServqualAnswer("sq-01", 2, 5));
        assertThat(response.answers().get(21)).isEqualTo(new ServqualAnswer("sq-22", 2, 5));
        assertThat(new Texts(Language.SIMPLIFIED_CHINESE).format(preview.notes().getFirst().key(), 22))
                .contains("22").contains("标准");
    }

    @Test
    void columnsMayBeNamedByNumberOrIdInAnyLanguageAndOrder() {
        String file = """
                受訪者,感知：2,E01,P_1,期望2,expectation 3,P sq-c
                张三,4,5,3,5,4,2
                """;
        ServqualImport preview = SERVQUAL.preview(utf8(file), SurveyFixtures.withServqual());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.addsStandardItems()).isFalse();
        assertThat(preview.notes()).isEmpty();
        assertThat(preview.answeredItems()).containsExactly("sq-a", "sq-b", "sq-c");
        ServqualResponse response = responses(preview).getFirst();
        assertThat(response.respondent()).isEqualTo("张三");
        assertThat(response.answers()).containsExactly(
                new ServqualAnswer("sq-a", 5, 3), new ServqualAnswer("sq-b", 5, 4), new ServqualAnswer("sq-c", 4, 2));
    }

    @Test
    void emptyCellsAreMissingAnswersAndPerceptionOnlyFilesAreRead() {
        String file = """
                P1,P2,P3
                5,,1
                ,,３
                """;
        ServqualImport preview = SERVQUAL.preview(utf8(file), SurveyFixtures.withServqual());
        assertThat(preview.problems()).isEmpty();
        assertThat(responses(preview)).extracting(ServqualResponse::answers).containsExactly(
                List.of(new ServqualAnswer("sq-a", null, 5), new ServqualAnswer("sq-c", null, 1)),
                List.of(new ServqualAnswer("sq-c", null, 3)));
        assertThat(responses(preview)).extracting(ServqualResponse::respondent).containsExactly("", "");
    }

    @Test
    void weightsArePointsPerDimensionAndASumOtherThan100IsANote() {
        String file = """
                E1,P1,W_tangibles,weight reliability,权重：响应性,權重:保證性,W empathy
                5,4,10,30,25,15,20
                5,4,33.3,33.3,33.4,,
                5,4,20,20,20,20,10
                5,4,,,,,
                """;
        ServqualImport preview = SERVQUAL.preview(utf8(file), SurveyFixtures.withServqual());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.responseCount()).isEqualTo(4);
        assertThat(responses(preview).getFirst().weights()).containsExactly(
                new DimensionWeight(ServqualDimension.TANGIBLES, 10), new DimensionWeight(ServqualDimension.RELIABILITY, 30),
                new DimensionWeight(ServqualDimension.RESPONSIVENESS, 25), new DimensionWeight(ServqualDimension.ASSURANCE, 15),
                new DimensionWeight(ServqualDimension.EMPATHY, 20));
        assertThat(responses(preview).get(1).weights()).extracting(DimensionWeight::points).containsExactly(33.3, 33.3, 33.4);
        assertThat(responses(preview).get(3).weights()).isEmpty();
        assertThat(preview.notes()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple(4, null, "surveys.import.servqual.weightsNot100", List.of("90")));
        assertThat(preview.notes().getFirst().describe(new Texts(Language.ENGLISH)))
                .isEqualTo("Row 4: The weights add up to 90, not 100. The row is imported with the points as written; check them.");
    }

    @Test
    void traditionalChineseAndEnglishWeightNamesAreRead() {
        String file = """
                respondent id,期望1,感知1,權重：有形性,權重：可靠性,權重：回應性,權重：保證性,權重：關懷性
                A,1,2,20,20,20,20,20
                """;
        ServqualImport preview = SERVQUAL.preview(utf8(file), SurveyFixtures.withServqual());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.notes()).isEmpty();
        assertThat(responses(preview).getFirst().weights()).extracting(DimensionWeight::dimension)
                .containsExactly(ServqualDimension.values());
    }

    @Test
    void gb18030AndUtf8WithBomReadTheSame() {
        String file = "受访者,期望1,感知1,权重：有形性\n王五,5,3,100\n";
        Workshop workshop = SurveyFixtures.withServqual();
        List<ServqualImport> previews = new ArrayList<>();
        previews.add(SERVQUAL.preview(utf8(file), workshop));
        previews.add(SERVQUAL.preview(SurveyFixtures.withBom(file), workshop));
        previews.add(SERVQUAL.preview(SurveyFixtures.gb18030(file), workshop));
        assertThat(previews).extracting(ServqualImport::charset)
                .containsExactly(StandardCharsets.UTF_8, StandardCharsets.UTF_8, CsvCharset.GB18030);
        for (ServqualImport preview : previews) {
            assertThat(preview.problems()).isEmpty();
            assertThat(responses(preview)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactly(new ServqualResponse("", "王五", List.of(new ServqualAnswer("sq-a", 5, 3)),
                            List.of(new DimensionWeight(ServqualDimension.TANGIBLES, 100))));
        }
    }

    @Test
    void newIdsAreUniqueAndNotTheWorkshops() {
        String file = "E1\n1\n2\n3\n4\n5\n";
        ServqualImport preview = SERVQUAL.preview(utf8(file), SurveyFixtures.withServqual());
        assertThat(responses(preview)).extracting(ServqualResponse::id).doesNotHaveDuplicates().doesNotContain("sr-old");
        assertThat(preview.responses()).extracting(ServqualImport.ImportedResponse::row).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void theStandardItemsFollowTheWorkshopsLanguage() {
        String file = "E1\n7\n";
        Workshop english = SurveyFixtures.workshop().withInfo(SurveyFixtures.workshop().info().withLanguage("en"));
        ServqualImport preview = SERVQUAL.preview(utf8(file), english);
        assertThat(preview.addedItems()).extracting(ServqualItem::text)
                .isEqualTo(ServqualItems.items(Language.ENGLISH).stream().map(ServqualItem::text).toList());
    }
}
