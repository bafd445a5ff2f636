package com.motstudio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

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
        ObjectNode upgraded = chain.upgrade(file(1), 1).orElseThrow();
        assertThat(upgraded.has("title")).isTrue();
        assertThat(upgraded.has("name")).isFalse();
        assertThat(upgraded.get("formatVersion").asInt()).isEqualTo(3);
    }

    @Test
    void aFileInTheMiddleOfTheChainRunsOnlyTheRest() {
        Migrations chain = new Migrations(List.of(renaming(1, "name", "label"), renaming(2, "name", "title")), 3);
        assertThat(chain.upgrade(file(2), 2).orElseThrow().has("title")).isTrue();
    }

    @Test
    void aGapInTheChainRefusesTheFile() {
        Migrations chain = new Migrations(List.of(renaming(2, "label", "title")), 3);
        assertThat(chain.upgrade(file(1), 1)).isEmpty();
    }

    @Test
    void theAppsChainReadsVersionOneAsItIsAndRefusesVersionZero() {
        assertThat(Migrations.standard().current()).isEqualTo(1);
        assertThat(Migrations.standard().upgrade(file(1), 1)).isPresent();
        assertThat(Migrations.standard().upgrade(file(0), 0)).isEmpty();
    }

    @Test
    void anOldFileGoesThroughTheChainWhenOpened() throws Exception {
        Migrations chain = new Migrations(List.of(new Migration() {
            @Override
            public int from() {
                return 0;
            }

            @Override
            public void apply(ObjectNode root) {
                root.with("info").put("title", root.remove("name").asText());
            }
        }), 1);
        WorkshopStore store = new WorkshopStore(FileOps.REAL, chain);
        LoadResult result = store.read(java.nio.file.Path.of("old.mot.json"),
                "{\"format\": \"mot-studio-workshop\", \"formatVersion\": 0, \"name\": \"旧版工作坊\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(((LoadResult.Loaded) result).workshop().info().title()).isEqualTo("旧版工作坊");
    }
}
