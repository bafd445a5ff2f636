package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.motstudio.model.Workshop;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The participant page in headless Chromium phones (360×740), one speaking Chinese and one English:
 * its language, refusals shown on the phone, escaping, the Content-Security-Policy, and the
 * screenshots of docs/screenshots (written there with -Dmot.screenshots=docs/screenshots).
 * Each test has a room of its own, so a new origin and an empty localStorage on the shared phones.
 */
@ExtendWith(SharedPhones.class)
class RoomPageBrowserTest {
    private PhonePage chinese;
    private PhonePage english;
    private final Workshop workshop = RoomWorkshop.thirtyTouchpoints();
    private RoomSession room;

    @BeforeEach
    void start(Phones phones) throws Exception {
        chinese = phones.three().get(0);
        english = phones.three().get(1);
        room = RoomSession.start(InetAddress.getLoopbackAddress(), 0, RoomWorkshop.GROUPS, new RoomLimits(16 * 1024, 200, 5, 200, 1000));
    }

    @AfterEach
    void stop() {
        if (room != null) {
            room.stop();
        }
    }

    private Activity openEmotion() {
        Activity emotion = Activity.emotion(workshop, RoomWorkshop.touchpointIds(workshop).subList(0, 6), RoomWorkshop.CUSTOMER);
        room.state().open(emotion);
        return emotion;
    }

    @Test
    void thePageSpeaksThePhonesLanguageAndSwitches() throws Exception {
        Activity emotion = openEmotion();
        chinese.open(room.joinLink());
        english.open(room.joinLink());
        assertThat(chinese.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(chinese.text("join-heading")).isEqualTo(PhonePage.text("zh-CN", "join.heading", Map.of()));
        assertThat(english.text("join-heading")).isEqualTo(PhonePage.text("en", "join.heading", Map.of()));
        byte[] chineseJoin = chinese.screenshot();
        byte[] englishJoin = english.screenshot();

        chinese.join(null, "李明");
        english.join(null, "Alex");
        chinese.waitForActivity(emotion.id());
        english.waitForActivity(emotion.id());
        chinese.emotion("Touchpoint 1", -3);
        chinese.emotion("Touchpoint 2", 2);
        english.emotion("Touchpoint 1", 4);
        chinese.waitForMessage(PhonePage.text("zh-CN", "room.saved", Map.of()));
        english.waitForMessage(PhonePage.text("en", "room.saved", Map.of()));
        Path out = Path.of(System.getProperty("mot.screenshots", "target/screenshots"));
        sideBySide(out.resolve("room-phone-zh-CN.png"), chineseJoin, chinese.screenshot());
        sideBySide(out.resolve("room-phone-en.png"), englishJoin, english.screenshot());

        english.script("const s = document.getElementById('lang'); s.value = 'zh-TW'; s.dispatchEvent(new Event('change'));");
        english.waitUntil(() -> english.text("title").equals(PhonePage.text("zh-TW", "title", Map.of())));
        assertThat(english.text("hello")).isEqualTo(PhonePage.text("zh-TW", "room.hello", Map.of("name", "Alex")));
        english.reload();
        english.waitForActivity(emotion.id());
        assertThat(english.script("return document.documentElement.lang")).as("the choice is kept").isEqualTo("zh-TW");
        assertThat(english.shownEmotion("Touchpoint 1")).isEqualTo(4);

        room.state().reveal(true);
        chinese.waitUntil(() -> chinese.results().size() == 6);
        chinese.screenshot(out.resolve("room-phone-results-zh-CN.png"));
    }

    @Test
    void aWrongPinAndAValueOffTheScaleAreRefusedOnThePhone() {
        Activity emotion = openEmotion();
        english.open(room.address());
        String wrong = room.pin().equals("000000") ? "111111" : "000000";
        english.join(wrong, "Sam");
        english.waitForMessage(PhonePage.text("en", "error.pin.wrong", Map.of()));
        assertThat(room.state().live().people()).isEmpty();
        english.join(room.pin(), "Sam");
        english.waitForActivity(emotion.id());
        english.emotion("Touchpoint 2", -2);
        english.waitForMessage(PhonePage.text("en", "room.saved", Map.of()));

        // the page offers −5…+5 only; a phone whose page was tampered with sends +7 and is refused
        english.script("const s = document.querySelector('#activity input[type=range]');"
                + "s.max = 9; s.value = 7; s.dispatchEvent(new Event('change'));");
        english.waitForMessage(PhonePage.text("en", "error.value.range", Map.of("item", "Touchpoint 1", "min", -5, "max", 5)));
        assertThat(english.driver().findElement(org.openqa.selenium.By.id("message")).getDomAttribute("class")).contains("error");
        String sam = room.state().live().people().getFirst().id();
        assertThat(room.state().submission(sam, emotion.id()).orElseThrow().cells())
                .as("the refused answer changed nothing").containsExactly(new AnswerCell("tp-2", "value", -2));

        english.reload(); // the page shows what the room holds again
        english.waitForActivity(emotion.id());
        assertThat(english.shownEmotion("Touchpoint 2")).isEqualTo(-2);
        assertThat(english.text("message")).isEmpty();
    }

    @Test
    void participantTextIsShownAsTextAndNothingIsFetchedFromElsewhere() {
        openEmotion();
        chinese.console(); // empties what earlier tests logged
        chinese.open(room.address());
        String name = "<img src=x onerror=alert(1)>";
        chinese.join(room.pin(), name);
        chinese.waitUntil(() -> chinese.text("hello").equals(PhonePage.text("zh-CN", "room.hello", Map.of("name", name))));
        assertThat(chinese.script("return document.images.length")).isEqualTo(0L);
        assertThat(room.state().live().people().getFirst().name()).isEqualTo(name);

        String origin = room.address().toString();
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) chinese.script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(fetched).isNotEmpty().allMatch(url -> url.startsWith(origin), "served by the room itself");
        assertThat(chinese.console()).noneMatch(line -> line.contains("Content Security Policy"));

        // the policy is there and holds: an image from elsewhere is refused, and the browser says so
        Object refused = chinese.driver().executeAsyncScript("const done = arguments[0];"
                + "document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective + ' ' + e.blockedURI));"
                + "const img = document.createElement('img'); img.src = 'http://192.0.2.1/x.png'; document.body.append(img);");
        assertThat(String.valueOf(refused)).startsWith("img-src").contains("192.0.2.1");
        chinese.waitUntil(() -> chinese.console().stream().anyMatch(line -> line.contains("Content Security Policy")));
    }

    @Test
    void everyControlIsBigEnoughForAThumbAndNothingIsCutOff() throws Exception {
        english.open(room.joinLink());
        assertThat(tooSmall(english)).isEmpty();
        english.join(null, "Kim");
        english.waitUntil(() -> !english.text("hello").isEmpty());
        List<String> six = RoomWorkshop.touchpointIds(workshop).subList(0, 6);
        for (Activity activity : List.of(Activity.emotion(workshop, six, RoomWorkshop.CUSTOMER), Activity.traits(workshop, six),
                Activity.dots(workshop, six), Activity.kano(workshop), Activity.servqual(workshop), Activity.poll(workshop, six))) {
            room.state().open(activity);
            english.reload(); // sooner than the next poll
            english.waitForActivity(activity.id());
            assertThat(tooSmall(english)).as(activity.kind().name()).isEmpty();
            english.screenshot(Path.of("target/screenshots/room-phone-" + activity.kind() + "-en.png")); // to look at, not kept
        }
    }

    /** Controls under 44×44 px (a check box counts by its label), and a page wider than the phone. */
    @SuppressWarnings("unchecked")
    private static List<String> tooSmall(PhonePage phone) {
        return (List<String>) phone.script("const small = [];"
                + "for (const e of document.querySelectorAll('button, select, input')) {"
                + "  if (e.offsetParent === null) { continue; }"
                + "  const r = (e.type === 'checkbox' ? e.closest('label') : e).getBoundingClientRect();"
                + "  if (r.width < 44 || r.height < 44) { small.push(e.outerHTML.slice(0, 60) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height)); }"
                + "}"
                + "if (document.documentElement.scrollWidth > window.innerWidth) { small.push('page ' + document.documentElement.scrollWidth + ' px wide'); }"
                + "return small;");
    }

    /** The join screen and the open activity, side by side in one picture. */
    private static void sideBySide(Path file, byte[] left, byte[] right) throws Exception {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(left));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(right));
        int gap = 16;
        BufferedImage both = new BufferedImage(a.getWidth() + gap + b.getWidth(), Math.max(a.getHeight(), b.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(a, 0, 0, null);
        g.drawImage(b, a.getWidth() + gap, 0, null);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(both, "png", file.toFile());
    }
}
