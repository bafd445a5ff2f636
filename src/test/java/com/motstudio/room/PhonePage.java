package com.motstudio.room;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant page in one headless phone, driven the way a person would: typing, tapping the
 * buttons the page draws. Waits end when the page shows what is expected (or fail after a while).
 */
final class PhonePage {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final ChromeDriver driver;

    PhonePage(ChromeDriver driver) {
        this.driver = driver;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(URI address) {
        driver.get(address.toString());
        waitUntil(() -> !text("title").isEmpty() && !driver.findElement(By.id("lang")).getDomProperty("value").isEmpty());
    }

    void reload() {
        driver.navigate().refresh();
        waitUntil(() -> !text("title").isEmpty());
    }

    /** Types the PIN (unless null: already filled from the link) and name, and taps Join. */
    void join(String pin, String name) {
        waitUntil(() -> driver.findElement(By.id("join")).isDisplayed());
        if (pin != null) {
            type("pin", pin);
        }
        type("name", name);
        tap(driver.findElement(By.id("join-button")));
    }

    void joinAnonymously(String pin, String group) {
        waitUntil(() -> driver.findElement(By.id("join")).isDisplayed());
        type("pin", pin);
        tap(driver.findElement(By.id("anonymous")));
        new Select(driver.findElement(By.id("group"))).selectByVisibleText(group);
        tap(driver.findElement(By.id("join-button")));
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    String pinField() {
        return driver.findElement(By.id("pin")).getDomProperty("value");
    }

    /** Waits until the page shows the activity (the room polls every 2.5 s). */
    void waitForActivity(String activityId) {
        waitUntil(() -> activityId.equals(driver.findElement(By.id("activity")).getDomAttribute("data-activity")));
    }

    void waitForMessage(String expected) {
        waitUntil(() -> text("message").equals(expected));
    }

    private WebElement card(String label) {
        return driver.findElement(By.xpath("//div[@id='activity']/div[h3=" + quoted(label) + "]"));
    }

    /** Taps the emotion's − or + button until it shows {@code value}; an unset emotion starts at 0. */
    void emotion(String label, int value) {
        boolean unset = card(label).findElement(By.cssSelector("output")).getText().equals("–");
        if (unset && value == 0) {
            tapEmotion(label, 2);
            tapEmotion(label, 1);
        }
        for (int v = shownEmotion(label); v != value; v += Integer.signum(value - v)) {
            tapEmotion(label, value > v ? 2 : 1);
        }
    }

    private void tapEmotion(String label, int button) {
        tap(card(label).findElement(By.xpath(".//div[contains(@class,'slider')]/button[" + button + "]")));
    }

    int shownEmotion(String label) {
        String shown = card(label).findElement(By.cssSelector("output")).getText();
        return shown.equals("–") ? 0 : Integer.parseInt(shown.replace("+", ""));
    }

    /** Taps the rating {@code value} of the trait in row {@code traitRow} (0 = emotional impact …) of a touchpoint. */
    void rate(String label, int traitRow, int value) {
        tap(card(label).findElement(By.xpath("(.//div[@class='choices'])[" + (traitRow + 1) + "]/button[.='" + value + "']")));
    }

    void addDot(String label) {
        tap(card(label).findElement(By.xpath(".//div[@class='stepper']/button[2]")));
    }

    boolean canAddDot(String label) {
        return card(label).findElement(By.xpath(".//div[@class='stepper']/button[2]")).isEnabled();
    }

    void finish() {
        tap(driver.findElement(By.cssSelector("#activity .summary button")));
    }

    /** The revealed results as the phone shows them: item label → figure text. */
    Map<String, String> results() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#results .result"))) {
            List<WebElement> cells = row.findElements(By.xpath("./*"));
            shown.put(cells.get(0).getText(), cells.get(1).getText());
        }
        return shown;
    }

    /** Scrolls the control to the middle of the screen, as a thumb would, and taps it. */
    private void tap(WebElement control) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
    }

    Object script(String code, Object... args) {
        return driver.executeScript(code, args);
    }

    /** What the browser's console said (CSP violations among them); reading empties it. */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** The screen as the phone shows it, scrolled to the top. */
    byte[] screenshot() {
        driver.executeScript("window.scrollTo(0, 0)");
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    void screenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, screenshot());
    }

    void waitUntil(BooleanSupplier shown) {
        new WebDriverWait(driver, PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d -> shown.getAsBoolean());
    }

    /** The page's own text {@code key} in {@code language}, with its {name} arguments filled in. */
    static String text(String language, String key, Map<String, Object> args) {
        try (var in = PhonePage.class.getResourceAsStream("/com/motstudio/room/web/texts/" + language + ".json")) {
            String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get(key).asText();
            for (var arg : args.entrySet()) {
                text = text.replace("{" + arg.getKey() + "}", String.valueOf(arg.getValue()));
            }
            return text;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
