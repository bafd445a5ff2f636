package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.motstudio.model.Workshop;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The room over real HTTP: joining, refusals of bad input, identity across rejoins, reveal. */
class RoomServerTest {
    private final Workshop workshop = RoomWorkshop.thirtyTouchpoints();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private RoomSession room;

    @BeforeEach
    void start() throws IOException {
        room = RoomSession.start(InetAddress.getLoopbackAddress(), 0, RoomWorkshop.GROUPS, RoomLimits.standard());
    }

    @AfterEach
    void stop() {
        room.stop();
        http.close();
    }

    private Phone phone() {
        return new Phone(http, room.address());
    }

    private Activity openEmotion() {
        Activity activity = Activity.emotion(workshop, RoomWorkshop.touchpointIds(workshop).subList(0, 3), RoomWorkshop.CUSTOMER);
        room.state().open(activity);
        return activity;
    }

    @Test
    void aPhoneJoinsWithThePinAndSeesTheOpenActivity() throws Exception {
        Activity activity = openEmotion();
        Phone phone = phone();
        Phone.Answer joined = phone.join(room.pin(), "  Li Ming ", "");
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.body().get("name").asText()).isEqualTo("Li Ming");
        Phone.Answer me = phone.me();
        assertThat(me.body().at("/activity/id").asText()).isEqualTo(activity.id());
        assertThat(me.body().at("/activity/items/2/label").asText()).isEqualTo("Touchpoint 3");
        assertThat(me.body().at("/activity/valueMin").asInt()).isEqualTo(-5);
        assertThat(room.state().live().people()).extracting(RoomLive.Person::name).containsExactly("Li Ming");
    }

    @Test
    void anAnonymousPhoneJoinsWithAGroupOnly() throws Exception {
        Phone phone = phone();
        assertThat(phone.join(room.pin(), "", "").error()).isEqualTo("name.missing");
        assertThat(phone.join(room.pin(), "", "grp-9").error()).isEqualTo("group.unknown");
        Phone.Answer joined = phone.join(room.pin(), "", "grp-2");
        assertThat(joined.status()).isEqualTo(200);
        assertThat(room.state().live().people().getFirst().groupId()).isEqualTo("grp-2");
    }

    @Test
    void wrongPinStormIsStoppedPerAddressEvenForTheRightPin() throws Exception {
        Phone phone = phone();
        String wrong = room.pin().equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            assertThat(phone.join(wrong, "Guesser", "").status()).isEqualTo(403);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(phone.join(wrong, "Guesser", "").error()).isEqualTo("pin.blocked");
        }
        Phone.Answer right = phone.join(room.pin(), "Guesser", "");
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.error()).isEqualTo("pin.blocked");
        assertThat(room.state().live().people()).isEmpty();
    }

    @Test
    void oversizedMalformedAndForeignRequestsAreRefused() throws Exception {
        Activity activity = openEmotion();
        Phone phone = phone();
        phone.join(room.pin(), "Wang", "");
        Phone.Answer big = phone.post("/api/answer", "{\"activityId\":\"" + activity.id() + "\",\"answers\":[],\"done\":false,\"x\":\""
                + "a".repeat(20_000) + "\"}");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.error()).isEqualTo("body.large");
        for (String bad : List.of("{", "[]", "null", "{\"activityId\":1.5}", "{\"activityId\":\"a\",\"answers\":[{\"item\":\"tp-1\",\"part\":\"value\",\"value\":2.5}]}",
                "{\"activityId\":\"a\",\"activityId\":\"b\"}", "{\"unknown\":1}", "{\"activityId\":\"a\",\"answers\":[{\"item\":\"tp-1\",\"part\":\"value\",\"value\":\"3\"}]}")) {
            Phone.Answer answer = phone.post("/api/answer", bad);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.error()).as(bad).isIn("json.malformed", "json.fields");
        }
        HttpRequest foreign = phone.request("/api/answer").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThat(phone.send(foreign).status()).isEqualTo(403);
        assertThat(room.state().submission(room.state().live().people().getFirst().id(), activity.id())).isEmpty();
    }

    @Test
    void unknownIdsAndValuesOffTheScaleAreRefusedWithAMessage() throws Exception {
        Activity activity = openEmotion();
        Phone phone = phone();
        phone.join(room.pin(), "Zhao", "");
        Phone.Answer unknown = phone.answer(activity.id(), List.of(new AnswerCell("tp-29", "value", 1)), false);
        assertThat(unknown.error()).isEqualTo("item.unknown");
        assertThat(phone.answer(activity.id(), List.of(new AnswerCell("tp-1", "EMOTIONAL_IMPACT", 1)), false).error())
                .isEqualTo("part.unknown");
        Phone.Answer high = phone.answer(activity.id(), List.of(new AnswerCell("tp-1", "value", 6)), false);
        assertThat(high.status()).isEqualTo(400);
        assertThat(high.error()).isEqualTo("value.range");
        assertThat(high.body().at("/args/max").asInt()).isEqualTo(5);
        assertThat(high.body().get("message").asText()).contains("Touchpoint 1").contains("-5").contains("5");
        assertThat(phone.answer("ra-other", List.of(), false).error()).isEqualTo("activity.closed");
        assertThat(phone.answer(activity.id(), List.of(new AnswerCell("tp-1", "value", 1), new AnswerCell("tp-1", "value", 2)), false)
                .error()).isEqualTo("answers.twice");
        Phone stranger = phone();
        stranger.token = "made-up";
        assertThat(stranger.answer(activity.id(), List.of(), false).status()).isEqualTo(401);
        assertThat(room.state().live().answers()).isZero();
    }

    @Test
    void rejoiningKeepsIdentityAndAnswersAndResubmittingReplaces() throws Exception {
        Activity activity = openEmotion();
        Phone phone = phone();
        String id = phone.join(room.pin(), "Chen", "").body().get("id").asText();
        phone.answer(activity.id(), List.of(new AnswerCell("tp-1", "value", -3), new AnswerCell("tp-2", "value", 4)), false);
        phone.answer(activity.id(), List.of(new AnswerCell("tp-1", "value", -2)), false);

        Phone reloaded = phone();
        reloaded.token = phone.token;
        Phone.Answer again = reloaded.join(room.pin(), "Chen again", "");
        assertThat(again.body().get("id").asText()).isEqualTo(id);
        assertThat(again.body().get("name").asText()).isEqualTo("Chen");
        Phone.Answer me = reloaded.me();
        assertThat(me.body().get("answers")).hasSize(1);
        assertThat(me.body().at("/answers/0/value").asInt()).isEqualTo(-2);
        assertThat(room.state().live().people()).hasSize(1);
        assertThat(room.state().tally(activity.id()).item("tp-1").answers()).isEqualTo(1);
        assertThat(room.state().tally(activity.id()).item("tp-1").mean()).isEqualTo(-2.0);
        assertThat(room.state().tally(activity.id()).item("tp-2").answers()).isZero();
    }

    @Test
    void resultsStayHiddenUntilReveal() throws Exception {
        Activity activity = openEmotion();
        Phone a = phone();
        Phone b = phone();
        a.join(room.pin(), "A", "");
        b.join(room.pin(), "B", "");
        a.answer(activity.id(), List.of(new AnswerCell("tp-1", "value", 4)), false);
        b.answer(activity.id(), List.of(new AnswerCell("tp-1", "value", -2)), false);
        assertThat(a.me().body().get("revealed").asBoolean()).isFalse();
        assertThat(a.me().body().get("results")).isEmpty();

        room.state().reveal(true);
        Phone.Answer shown = b.me();
        assertThat(shown.body().get("revealed").asBoolean()).isTrue();
        assertThat(shown.body().at("/results/0/itemId").asText()).isEqualTo("tp-1");
        assertThat(shown.body().at("/results/0/mean").asDouble()).isEqualTo(1.0);
        assertThat(shown.body().at("/results/0/spread").asDouble()).isEqualTo(3.0);

        room.state().reveal(false);
        assertThat(b.me().body().get("results")).isEmpty();
    }

    @Test
    void everyReplyCarriesTheSafetyHeadersAndNoCors() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(room.address()).header("Origin", "http://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(room.pageLoads()).isEqualTo(1);
        assertThat(page.body()).contains("<script src=\"room.js\"").doesNotContain("<script>").doesNotContain("http://").doesNotContain("https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().map().keySet()).noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control"));
        Phone.Answer api = phone().join("0", "x", "");
        assertThat(api.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        for (String path : List.of("/room.js", "/room.css", "/texts/en.json", "/texts/zh-CN.json", "/texts/zh-TW.json")) {
            assertThat(http.send(HttpRequest.newBuilder(room.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/../pom.xml", "/index.html/..", "/com/motstudio/room/RoomSession.class", "/texts/de.json")) {
            assertThat(http.send(HttpRequest.newBuilder(room.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aNameWithMarkupIsKeptAsTextAndTheRoomHasACap() throws Exception {
        RoomSession small = RoomSession.start(InetAddress.getLoopbackAddress(), 0, List.of(), new RoomLimits(16 * 1024, 2, 5, 10, 60));
        try {
            Phone one = new Phone(http, small.address());
            assertThat(one.join(small.pin(), "<img src=x onerror=alert(1)>", "").status()).isEqualTo(200);
            assertThat(one.me().body().at("/participant/name").asText()).isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(new Phone(http, small.address()).join(small.pin(), "", "").status()).isEqualTo(200);
            Phone.Answer third = new Phone(http, small.address()).join(small.pin(), "Three", "");
            assertThat(third.status()).isEqualTo(503);
            assertThat(third.error()).isEqualTo("room.full");
            assertThat(new Phone(http, small.address()).join(small.pin(), "x".repeat(41), "").error()).isEqualTo("name.long");
        } finally {
            small.stop();
        }
    }

    @Test
    void phonesThatSendSlowlyDoNotHoldUpTheOthers() throws Exception {
        List<java.net.Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), room.port());
                socket.getOutputStream().write(("POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 9000\r\n\r\n{\"pin\":")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Phone phone = phone();
            assertThat(phone.join(room.pin(), "Patient", "").status()).isEqualTo(200);
            assertThat(phone.me().status()).isEqualTo(200);
            // the slow ones are still waited for (not dropped first to make room)
            slow.getFirst().setSoTimeout(50);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> slow.getFirst().getInputStream().read())
                    .isInstanceOf(java.net.SocketTimeoutException.class);
        } finally {
            for (java.net.Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void stoppingFreesThePortAndEachSessionHasItsOwnPin() throws Exception {
        int port = room.port();
        assertThat(room.pin()).matches("[1-9][0-9]{5}");
        assertThat(room.joinLink().toString()).isEqualTo(room.address() + "#pin=" + room.pin());
        room.stop();
        assertThat(room.running()).isFalse();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        RoomSession next = RoomSession.start(InetAddress.getLoopbackAddress(), port, List.of(), RoomLimits.standard(),
                java.time.Clock.systemUTC(), 4);
        try {
            assertThat(next.port()).isEqualTo(port);
            assertThat(next.pin()).matches("[1-9][0-9]{3}");
        } finally {
            next.stop();
        }
    }
}
