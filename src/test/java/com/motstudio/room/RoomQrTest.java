package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.SecureRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The QR code of a join link: its modules, and SVG and PNG drawings that match them. */
class RoomQrTest {
    private final RoomQr qr = RoomQr.of(URI.create("http://192.168.137.1:49152/#pin=482913"));

    @Test
    void theCodeHasItsThreeFinderPatterns() {
        int last = qr.size() - 7;
        assertThat(qr.size()).isBetween(21, 41);
        for (int[] corner : new int[][] {{0, 0}, {last, 0}, {0, last}}) {
            for (int i = 0; i < 7; i++) {
                // the finder's dark outer ring, its light inner ring and dark centre
                assertThat(qr.dark(corner[0] + i, corner[1])).isTrue();
                assertThat(qr.dark(corner[0], corner[1] + i)).isTrue();
            }
            assertThat(qr.dark(corner[0] + 1, corner[1] + 1)).isFalse();
            assertThat(qr.dark(corner[0] + 3, corner[1] + 3)).isTrue();
        }
        assertThat(RoomQr.of(URI.create("http://10.0.0.2:1/#pin=1234")).modules()).isNotEqualTo(qr.modules());
    }

    @Test
    void theSvgAndPngDrawEveryDarkModule() throws Exception {
        int dark = 0;
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                dark += qr.dark(x, y) ? 1 : 0;
            }
        }
        String svg = qr.svg();
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        int side = qr.size() + 2 * RoomQr.QUIET_ZONE;
        assertThat(svg).contains("viewBox=\"0 0 " + side + " " + side + "\"");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.png(4)));
        assertThat(image.getWidth()).isEqualTo(side * 4);
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                int rgb = image.getRGB((x + RoomQr.QUIET_ZONE) * 4 + 2, (y + RoomQr.QUIET_ZONE) * 4 + 2) & 0xFFFFFF;
                assertThat(rgb == 0).as("module %d,%d", x, y).isEqualTo(qr.dark(x, y));
            }
        }
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void pinsHaveTheAskedDigitsAndNoLeadingZero() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            assertThat(RoomPin.next(random, 4)).matches("[1-9][0-9]{3}");
            assertThat(RoomPin.next(random, 6)).matches("[1-9][0-9]{5}");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoomPin.next(random, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RoomPin.matches("123456", "123456")).isTrue();
        assertThat(RoomPin.matches("123456", "12345")).isFalse();
        assertThat(RoomPin.matches("123456", null)).isFalse();
    }

    @Test
    void wifiAndHotspotInterfacesAreRecognisedByName() throws Exception {
        assertThat(RoomAddress.looksLikeWifi("wlan0", "wlan0")).isTrue();
        assertThat(RoomAddress.looksLikeWifi("wlp2s0", "wlp2s0")).isTrue();
        assertThat(RoomAddress.looksLikeWifi("ap0", "ap0")).isTrue();
        assertThat(RoomAddress.looksLikeWifi("eth3", "Microsoft Wi-Fi Direct Virtual Adapter #2")).isTrue();
        assertThat(RoomAddress.looksLikeWifi("eth5", "Local Area Connection* 10")).isTrue();
        assertThat(RoomAddress.looksLikeWifi("eth0", "eth0")).isFalse();
        assertThat(RoomAddress.looksLikeWifi("docker0", "docker0")).isFalse();
        for (RoomAddress address : RoomAddress.available()) {
            assertThat(address.address().isLoopbackAddress()).isFalse();
            assertThat(address.address().isSiteLocalAddress()).isTrue();
            assertThat(address.address()).isInstanceOf(java.net.Inet4Address.class);
        }
    }
}
