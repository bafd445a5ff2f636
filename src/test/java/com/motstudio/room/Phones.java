package com.motstudio.room;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium "phones" (360×740) for testing the participant page in a real browser: Debian's
 * {@code chromium} and {@code chromium-driver} (installed by .ci/run), driven with the driver path set
 * so that Selenium never downloads anything. Where they are missing the test is skipped, except with
 * {@code CI=true}, where it fails. {@link #close} quits every phone it started, and removes its profile.
 */
final class Phones implements AutoCloseable {
    static final int WIDTH = 360;
    static final int HEIGHT = 740;
    private static final Path BROWSER = Path.of(System.getProperty("mot.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("mot.chromedriver", "/usr/bin/chromedriver"));

    private final List<ChromeDriver> started = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();
    private List<PhonePage> three;

    /** Skips the calling test when the browser or its driver is missing, or fails it on CI. */
    static void assumeBrowser() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String message = "Browser test needs Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                + "): apt-get install chromium chromium-driver, as .ci/run does";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: the browser must be there)");
        }
        Assumptions.assumeTrue(present, message);
    }

    /**
     * The three phones the browser tests share (a Chinese one, two English ones), started at the first
     * call. Each test opens a room of its own: a new port, so a new origin with an empty localStorage.
     */
    synchronized List<PhonePage> three() {
        if (three == null) {
            three = open("zh-CN", "en", "en");
        }
        return three;
    }

    /** New phones, one per language, started side by side. */
    List<PhonePage> open(String... languages) {
        List<java.util.concurrent.Future<ChromeDriver>> phones;
        try (var starting = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            phones = Stream.of(languages).map(l -> starting.submit(() -> open(l))).toList();
        } // waits for all: a phone that started is in the list close() quits, even when another failed
        List<PhonePage> pages = new ArrayList<>();
        for (var phone : phones) {
            try {
                pages.add(new PhonePage(phone.get()));
            } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
                throw new IllegalStateException("a phone did not start", e);
            }
        }
        return pages;
    }

    /** A new phone whose browser speaks {@code language} (e.g. "zh-CN", "en"), with an empty profile. */
    ChromeDriver open(String language) {
        Path profile = profile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=" + language,
                "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 1.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeDriver phone = new ChromeDriver(service, options);
        synchronized (started) {
            started.add(phone);
        }
        phone.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return phone;
    }

    private Path profile() {
        try {
            Path dir = Files.createTempDirectory("mot-phone-");
            synchronized (profiles) {
                profiles.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        three = null;
        for (ChromeDriver phone : started) {
            try {
                phone.quit();
            } catch (RuntimeException e) {
                System.err.println("a phone did not quit: " + e);
            }
        }
        started.clear();
        for (Path dir : profiles) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                System.err.println("profile left behind: " + dir);
            }
        }
        profiles.clear();
    }
}
