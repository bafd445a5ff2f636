package com.motstudio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration chain, exercised with a chain of its own since version 1 is the first format. */
class MigrationsTest {
    private static Migration renaming(int from, String oldName, String newName) {
        return new Migration() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void apply(ObjectNode root) {
                root.set(newName, root.remove(oldName));
            }
        };
    }

    private static ObjectNode file(int version) {
        ObjectNode root = JsonTree.object().put("format", "mot-studio-workshop").put("formatVersion", version);
        root.put("name", "x");
        return root;
    }

    @Test
    void migrationsRunInOrderFromTheFilesVersionAndStampTheCurrentOne() {
        Migrations chain = new Migrations(List.of(renaming(2, "label", "title"), renaming(1, "name", "label")), 3);
        ObjectNode upgraded = file(1);
        assertThat(chain.upgrade(upgraded, 1)).isTrue();
        assertThat(upgraded.has("title")).isTrue();
        assertThat(upgraded.has("name")).isFalse();
        assertThat(upgraded.get("formatVersion").asInt()).isEqualTo(3);
    }

    @Test
    void aFileInTheMiddleOfTheChainRunsOnlyTheRest() {
        Migrations chain = new Migrations(List.of(renaming(1, "name", "label"), renaming(2, "name", "title")), 3);
        ObjectNode upgraded = file(2);
        assertThat(chain.upgrade(upgraded, 2)).isTrue();
        assertThat(upgraded.has("title")).isTrue();
        assertThat(upgraded.has("label")).isFalse();
    }

    @Test
    void aGapInTheChainRefusesTheFileAndLeavesItUntouched() {
        Migrations chain = new Migrations(List.of(renaming(2, "label", "title")), 3);
        ObjectNode root = file(1);
        assertThat(chain.upgrade(root, 1)).isFalse();
        assertThat(root).isEqualTo(file(1));
    }

    @Test
    void theAppsChainReadsVersionOneAsItIsAndRefusesVersionZero() {
        assertThat(Migrations.standard().current()).isEqualTo(1);
        assertThat(Migrations.standard().upgrade(file(1), 1)).isTrue();
        assertThat(Migrations.standard().upgrade(file(0), 0)).isFalse();
        assertThat(Migrations.standard().upgrade(file(2), 2)).isFalse();
    }

    @Test
    void anOldFileGoesThroughTheChainBeforeTheSchemaCheck() {
        Migrations chain = new Migrations(List.of(new Migration() {
            @Override
            public int from() {
                return 0;
            }

            @Override
            public void apply(ObjectNode root) {
                // version 0 (made up for the test) kept the title as the whole "info"; 1 wants an object
                String title = root.remove("info").asText();
                root.putObject("info").put("title", title);
            }
        }), 1);
        WorkshopStore store = new WorkshopStore(FileOps.REAL, chain);
        LoadResult result = store.read(Path.of("old.mot.json"), """
                {"format": "mot-studio-workshop", "formatVersion": 0, "info": "旧版工作坊"}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(((LoadResult.Loaded) result).workshop().info().title()).isEqualTo("旧版工作坊");
    }

    @Test
    void aFileTooOldForTheChainIsRefusedNamingItsVersion() {
        WorkshopStore store = new WorkshopStore();
        LoadResult result = store.read(Path.of("ancient.mot.json"), """
                {"format": "mot-studio-workshop", "formatVersion": 0}
                """.getBytes(StandardCharsets.UTF_8));
        FileProblem problem = ((LoadResult.Refused) result).problems().getFirst();
        assertThat(problem.kind()).isEqualTo(FileProblem.Kind.OLD_VERSION);
        assertThat(problem.describe(new Texts(Language.ENGLISH))).contains("version 0");
    }
}
