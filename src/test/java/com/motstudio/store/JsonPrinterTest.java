package com.motstudio.store;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.bench.LargeWorkshop;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast printer writes exactly what Jackson's pretty printer would, for every kind of value and text. */
class JsonPrinterTest {
    private final ObjectMapper mapper = JsonSetup.mapper();

    /** The Jackson printer the file format was first written with: two-space indents, LF, {@code "key": value}. */
    private ObjectWriter jackson() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return mapper.writer(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    private byte[] byJackson(JsonNode tree) throws Exception {
        byte[] json = jackson().writeValueAsBytes(tree);
        byte[] file = Arrays.copyOf(json, json.length + 1);
        file[json.length] = '\n';
        return file;
    }

    @Test
    void aRichWorkshopPrintsAsJacksonPrintsIt() throws Exception {
        Workshop rich = RichWorkshop.create();
        byte[] ours = new WorkshopStore().toJson(rich, null);
        ObjectNode tree = (ObjectNode) mapper.readTree(ours);
        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(new String(byJackson(tree), StandardCharsets.UTF_8));
    }

    @Test
    void aLargeWorkshopPrintsAsJacksonPrintsIt() throws Exception {
        byte[] ours = new WorkshopStore().toJson(LargeWorkshop.of(3, 200, 7), null);
        assertThat(ours).isEqualTo(byJackson(mapper.readTree(ours)));
    }

    @Test
    void everyKindOfTextAndNumberPrintsAsJacksonPrintsIt() throws Exception {
        ObjectNode tree = mapper.createObjectNode();
        tree.put("controls", "tab\there, line\nbreak, return\r, bell\u0007, nul\u0000, unit\u001f, back\b, feed\f");
        tree.put("quotes", "say \"你好\" and C:\\path\\to / slash");
        tree.put("scripts", "简体 繁體 English Ελληνικά русский العربية é ß ü ‰ € ™ ．，；");
        tree.put("emoji", "good 👍🏽 bad 😞 flags 🇨🇳");
        tree.put("edge", "\u007f\u0080\u07ff\u0800\uffff");
        tree.put("empty", "");
        tree.put("int", 42).put("negative", -5).put("long", 12_345_678_901L)
                .put("double", 0.1).put("tiny", 1.0e-12).put("big", 3.0e20).put("whole", 7.0)
                .put("yes", true).put("no", false).putNull("nothing");
        tree.putArray("emptyArray");
        tree.putObject("emptyObject");
        tree.putArray("nested").add(tree.objectNode().put("a", 1)).add(tree.arrayNode().add("x").add(2)).add("s");
        String ours = new String(JsonPrinter.file(tree, 16), StandardCharsets.UTF_8);
        assertThat(ours).isEqualTo(new String(byJackson(tree), StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateIsEscapedAndReadsBackUnchanged() throws Exception {
        String broken = "before \ud83d after, end \udc4d";
        ObjectNode tree = mapper.createObjectNode().put("text", broken);
        byte[] printed = JsonPrinter.file(tree, 16);
        assertThat(new String(printed, StandardCharsets.US_ASCII)).contains("\\uD83D after").contains("\\uDC4D");
        assertThat(mapper.readTree(printed).get("text").textValue()).isEqualTo(broken);
    }

    @Test
    void theJourneyFieldListsAreTheOrderThePrinterWrites() throws Exception {
        JsonNode stage = mapper.readTree(new WorkshopStore().toJson(RichWorkshop.create(), null)).at("/journey/stages/0");
        assertThat(stage.propertyStream().map(java.util.Map.Entry::getKey).toList()).isEqualTo(JourneyJson.STAGE_FIELDS);
        JsonNode touchpoint = stage.at("/touchpoints/0");
        assertThat(touchpoint.propertyStream().map(java.util.Map.Entry::getKey).toList()).isEqualTo(JourneyJson.TOUCHPOINT_FIELDS);
        assertThat(touchpoint.at("/emotions/0").propertyStream().map(java.util.Map.Entry::getKey).toList())
                .isEqualTo(JourneyJson.EMOTION_FIELDS);
    }
}
