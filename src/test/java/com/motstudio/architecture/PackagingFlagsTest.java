package com.motstudio.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages (installers/java-options.txt) and {@code ./mvnw javafx:run} (the pom) start the app
 * with the same JVM flags, so what runs from the build is what the installed app gets (ADR 8).
 */
class PackagingFlagsTest {
    @Test
    void packagesAndJavafxRunUseTheSameFlags() throws IOException {
        List<String> packaged = Files.readAllLines(Path.of("installers/java-options.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL).matcher(pom);
        assertThat(plugin.find()).as("javafx-maven-plugin in pom.xml").isTrue();
        List<String> javafxRun = Pattern.compile("<option>(.*?)</option>").matcher(plugin.group(1)).results()
                .map(m -> m.group(1).strip())
                .toList();

        assertThat(packaged).isNotEmpty().containsExactlyInAnyOrderElementsOf(javafxRun);
    }
}
