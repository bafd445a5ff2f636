package com.motstudio.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A local network address the room's server can listen on, with a guess whether it is the laptop's
 * Wi-Fi or hotspot (the one phones usually reach).
 *
 * @param interfaceName the system's name of the interface (wlan0, en0, "Wi-Fi" …)
 * @param displayName   the system's longer description of it
 * @param likelyWifi    true when the name looks like Wi-Fi or a hotspot
 */
public record RoomAddress(String interfaceName, String displayName, InetAddress address, boolean likelyWifi) {

    /** The address as a URL host part. */
    public String host() {
        return address.getHostAddress();
    }

    /** The up, non-loopback, private (site-local) IPv4 addresses, the likely Wi-Fi or hotspot first. */
    public static List<RoomAddress> available() throws SocketException {
        List<RoomAddress> found = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                    String display = nic.getDisplayName() == null ? nic.getName() : nic.getDisplayName();
                    found.add(new RoomAddress(nic.getName(), display, address, looksLikeWifi(nic.getName(), display)));
                }
            }
        }
        found.sort(Comparator.comparing((RoomAddress a) -> !a.likelyWifi()).thenComparing(RoomAddress::interfaceName));
        return found;
    }

    /**
     * Whether an interface's names look like Wi-Fi or a hotspot: wlan0 / wlp2s0 (Linux), ap0 (a
     * Linux hotspot), "Wi-Fi", "Wireless" or "Local Area Connection* 2" (Windows' Mobile Hotspot
     * adapter), en0 (a Mac's built-in Wi-Fi on most models), bridge100 (macOS Internet Sharing).
     */
    static boolean looksLikeWifi(String name, String display) {
        String n = name.toLowerCase(Locale.ROOT);
        String d = display.toLowerCase(Locale.ROOT);
        return n.startsWith("wl") || n.startsWith("ap") || n.equals("en0") || n.startsWith("bridge")
                || d.contains("wi-fi") || d.contains("wifi") || d.contains("wireless") || d.contains("wlan")
                || d.contains("hotspot") || d.contains("local area connection*");
    }
}
