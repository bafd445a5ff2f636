package com.motstudio.store.csv;

import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small workshop to import into, and files to import, shared by the CSV tests. */
final class CsvFixtures {
    static final TouchpointCsv CSV = new TouchpointCsv();

    private CsvFixtures() {}

    /** Customer types 办事群众 (first) and 企业经办人; stages 受理 (one touchpoint) and Arrival (none). */
    static Workshop workshop() {
        return new Workshop(WorkshopInfo.empty().withLanguage("zh-CN"),
                List.of(new CustomerType("ct-public", CustomerKind.EXTERNAL, "办事群众", ""),
                        new CustomerType("ct-business", CustomerKind.EXTERNAL, "企业经办人", "")),
                List.of(),
                new Journey(List.of(
                        new Stage("st-accept", "受理", "", List.of(Touchpoint.named("tp-window", "窗口受理"))),
                        new Stage("st-arrive", "Arrival", "", List.of()))),
                null, null, null);
    }

    static TouchpointImport preview(String text) {
        return preview(text, StandardCharsets.UTF_8);
    }

    static TouchpointImport preview(String text, Charset charset) {
        return CSV.preview(text.getBytes(charset), workshop());
    }

    /** Every touchpoint of the preview, in order. */
    static List<Touchpoint> touchpoints(TouchpointImport preview) {
        return preview.stages().stream().flatMap(s -> s.touchpoints().stream())
                .map(TouchpointImport.ImportedTouchpoint::touchpoint).toList();
    }
}
