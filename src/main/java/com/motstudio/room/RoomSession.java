package com.motstudio.room;

import com.motstudio.model.ParticipantGroup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running room: a small web server on one chosen local address that serves the participant page
 * and its API, with a new random PIN. The server runs only between {@link #start} and {@link #stop};
 * stopping frees the port. The JDK's own HTTP server is used (see docs/decisions/0018-room-session.md).
 */
public final class RoomSession implements AutoCloseable {
    private static final int BACKLOG = 256;
    /** Seconds a request (headers and body) or a reply may take; the JDK server's own setting, read once per JVM. */
    private static final String SLOW_CLIENT_SECONDS = "10";
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService threads;
    private final RoomState state;
    private final StaticFiles files;
    private final String pin;
    private volatile boolean running = true;

    private RoomSession(HttpServer server, ExecutorService threads, RoomState state, StaticFiles files, String pin) {
        this.server = server;
        this.threads = threads;
        this.state = state;
        this.files = files;
        this.pin = pin;
    }

    /**
     * Starts a room on an address of this computer ({@link RoomAddress#available()}).
     *
     * @param port   the port, or 0 for any free one
     * @param groups the workshop's table groups an anonymous participant chooses from
     */
    public static RoomSession start(InetAddress address, int port, List<ParticipantGroup> groups, RoomLimits limits) throws IOException {
        return start(address, port, groups, limits, Clock.systemUTC(), 6);
    }

    /** As {@link #start(InetAddress, int, List, RoomLimits)}, with a clock and a PIN length (4–6 digits). */
    public static RoomSession start(InetAddress address, int port, List<ParticipantGroup> groups, RoomLimits limits,
                                    Clock clock, int pinDigits) throws IOException {
        String pin = RoomPin.next(new SecureRandom(), pinDigits);
        RoomState state = new RoomState(clock, limits.maxParticipants(), groups.stream().map(ParticipantGroup::id).toList());
        ClientGuard guard = new ClientGuard(clock, limits);
        // a phone that sends its request slowly is dropped after a while, and, each request having a
        // virtual thread of its own, it never holds up the others meanwhile
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", SLOW_CLIENT_SECONDS);
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", SLOW_CLIENT_SECONDS);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), BACKLOG);
        ExecutorService threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("room-" + SESSIONS.incrementAndGet() + "-http-", 1).factory());
        server.setExecutor(threads);
        server.createContext("/api/", new RoomApi(state, guard, limits, pin, groups));
        StaticFiles files = new StaticFiles(guard);
        server.createContext("/", files);
        server.start();
        return new RoomSession(server, threads, state, files, pin);
    }

    public String pin() {
        return pin;
    }

    /** What the facilitator opens, reveals and reads; what the recovery copy snapshots. */
    public RoomState state() {
        return state;
    }

    /**
     * How many times the participant page was loaded: "test from your phone" asks the facilitator to
     * open the address on a phone and waits for this to rise; if it does not, the network isolates
     * devices or a firewall blocks the port (docs/classroom.md).
     */
    public long pageLoads() {
        return files.pageLoads();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address participants type: http://192.168.x.y:port/ */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
    }

    /** The address with the PIN after '#', for the QR code: the page fills the PIN in, and the '#' part never reaches a server. */
    public URI joinLink() {
        return URI.create(address() + "#pin=" + pin);
    }

    public boolean running() {
        return running;
    }

    /** Stops the server at once and frees the port; the answers stay in {@link #state()}. */
    public void stop() {
        if (running) {
            running = false;
            server.stop(0);
            threads.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
