package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file the app writes validates against the published schema, and the schema holds the documented ranges. */
class SchemaTest {
    private final SchemaCheck schema = new SchemaCheck();
    private final WorkshopStore store = new WorkshopStore();
    private final ObjectMapper mapper = JsonSetup.mapper();

    private ObjectNode written(Workshop workshop) throws Exception {
        return (ObjectNode) mapper.readTree(store.toJson(workshop, null));
    }

    @Test
    void theFilesTheAppWritesValidate() throws Exception {
        assertThat(schema.check(written(RichWorkshop.create()))).isEmpty();
        assertThat(schema.check(written(Workshop.blank("zh-CN", "办事群众")))).isEmpty();
        assertThat(schema.check(written(new Workshop(null, null, null, null, null, null, null)))).isEmpty();
    }

    @Test
    void theSectorTemplatesValidate() throws Exception {
        for (String sector : Templates.SECTORS) {
            for (Language language : Language.values()) {
                JsonNode template = mapper.readTree(TemplatesTest.resource(sector, language));
                assertThat(schema.check(template)).as("%s %s", sector, language).isEmpty();
            }
        }
    }

    @Test
    void everySectionOfTheModelIsDescribedInTheSchema() throws Exception {
        JsonNode properties = mapper.readTree(SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)).get("properties");
        List<String> sections = written(RichWorkshop.create()).properties().stream().map(e -> e.getKey()).toList();
        assertThat(sections).containsExactly("format", "formatVersion", "info", "customerTypes", "tiers", "journey",
                "keyMoments", "plan", "monitoring");
        sections.forEach(section -> assertThat(properties.has(section)).as(section).isTrue());
    }

    /** Sets one value (JSON pointer) in the rich workshop's file and expects exactly one problem of that kind. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /journey/stages/0/touchpoints/0/emotions/0/score | 6        | OUT_OF_RANGE
            /journey/stages/0/touchpoints/0/emotions/0/score | -6       | OUT_OF_RANGE
            /keyMoments/ratings/0/value                      | 0        | OUT_OF_RANGE
            /keyMoments/ratings/0/value                      | 2.5      | WRONG_TYPE
            /plan/actions/0/effort                           | 6        | OUT_OF_RANGE
            /plan/actions/0/impact                           | 0        | OUT_OF_RANGE
            /keyMoments/ratingSurveys/1/counts/0/value       | 11       | OUT_OF_RANGE
            /keyMoments/ratingSurveys/0/counts/0/value       | 6        | OUT_OF_RANGE
            /keyMoments/ratingSurveys/0/counts/0/value       | 0        | OUT_OF_RANGE
            /monitoring/feedback/0/rating                    | 7        | OUT_OF_RANGE
            /tiers/0/shareOfValue                            | 101      | OUT_OF_RANGE
            /monitoring/rounds/0/compliancePercent           | -1       | OUT_OF_RANGE
            /info/startDate                                  | "2026-02-30" | BAD_FORMAT
            /info/startDate                                  | "14.3.2026"  | BAD_FORMAT
            /info/branding/accentColor                       | "red"    | BAD_FORMAT
            /customerTypes/0/kind                            | "ALIEN"  | NOT_ALLOWED
            /journey/stages/0/touchpoints/0/channel          | "MAIL"   | NOT_ALLOWED
            /journey/stages/0/touchpoints/0/roles            | ["END", "END"] | REPEATED_VALUE
            /journey/stages/0/id                             | ""       | OUT_OF_RANGE
            /info/title                                      | 42       | WRONG_TYPE
            /journey/stages                                  | {}       | WRONG_TYPE
            """)
    void theSchemaHoldsTheDocumentedRanges(String pointer, String json, FileProblem.Kind kind) throws Exception {
        ObjectNode root = written(RichWorkshop.create());
        int cut = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, cut))).set(pointer.substring(cut + 1), mapper.readTree(json));
        List<Finding> findings = schema.check(root);
        assertThat(findings).extracting(Finding::kind).containsExactly(kind);
        assertThat(findings.getFirst().path()).isEqualTo("$" + pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.'));
    }

    @Test
    void allProblemsAreReportedAtOnce() throws Exception {
        ObjectNode root = written(RichWorkshop.create());
        ((ObjectNode) root.at("/info")).put("title", 1).put("endDate", "soon");
        ((ObjectNode) root.at("/plan/kpis/0")).remove("id");
        assertThat(schema.check(root)).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FileProblem.Kind.WRONG_TYPE, FileProblem.Kind.BAD_FORMAT, FileProblem.Kind.MISSING_FIELD);
    }

    @Test
    void fieldsTheSchemaDoesNotNameAreAllowed() throws Exception {
        ObjectNode root = written(RichWorkshop.create());
        root.put("generator", "another tool");
        ((ObjectNode) root.at("/journey/stages/0")).putObject("layout").put("colour", "#ffcc00");
        assertThat(schema.check(root)).isEmpty();
    }
}
