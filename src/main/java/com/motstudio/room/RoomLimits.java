package com.motstudio.room;

/**
 * The bounds a room session keeps, so one phone (or a stranger on the network) cannot wear it out.
 *
 * @param maxBodyBytes       the largest request body taken
 * @param maxParticipants    participants who may join one session
 * @param wrongPinsPerMinute wrong PINs one network address may try in a minute before it is refused
 * @param requestsPerSecond  steady requests per second for one phone (by its token) or one address
 * @param burst              requests one phone or address may send at once above the steady rate
 */
public record RoomLimits(int maxBodyBytes, int maxParticipants, int wrongPinsPerMinute, double requestsPerSecond, int burst) {
    public static RoomLimits standard() {
        return new RoomLimits(16 * 1024, 200, 5, 10, 60);
    }
}
