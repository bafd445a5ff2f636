package com.motstudio.method.monitor;

import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackScale;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.model.Monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Bad reviews and their follow-ups. A bad review is 不满意 or 非常不满意 (1–2 on the five levels),
 * 1–2 on a 1–5 scale, or 0–4 on 0–10 (the lowest two fifths, so every scale means the same). Its
 * deadline is the workshop's number of working days after the day it came in; it is overdue while
 * it is still open (not rectified or closed) after its deadline.
 */
public final class FollowUps {
    private final Monitoring monitoring;
    private final WorkingDays calendar;

    public FollowUps(Monitoring monitoring) {
        this.monitoring = monitoring;
        this.calendar = WorkingDays.of(monitoring);
    }

    public static boolean isBad(Feedback f) {
        if (f.rating() == null) {
            return false;
        }
        FeedbackScale scale = f.scale() == null ? FeedbackScale.GOOD_BAD_REVIEW : f.scale();
        return scale == FeedbackScale.ZERO_TO_TEN ? f.rating() <= 4 : f.rating() <= 2;
    }

    /** The deadline the follow-up holds, else the one the calendar gives; null without a date. */
    public LocalDate deadline(Feedback f) {
        if (f.followUp() != null && f.followUp().deadline() != null) {
            return f.followUp().deadline();
        }
        return f.date() == null ? null : calendar.plus(f.date(), monitoring.followUpWorkingDays());
    }

    /** The default deadline for a review received on {@code day}. */
    public LocalDate deadlineFor(LocalDate day) {
        return calendar.plus(day, monitoring.followUpWorkingDays());
    }

    public boolean isOverdue(Feedback f, LocalDate today) {
        if (!isBad(f)) {
            return false;
        }
        LocalDate deadline = deadline(f);
        if (deadline == null) {
            return false;
        }
        return isOpenOn(f, today) && today.isAfter(deadline);
    }

    /** Not rectified or closed yet; one settled after {@code day} was still open on it. */
    public static boolean isOpenOn(Feedback f, LocalDate day) {
        if (f.followUp() == null || f.followUp().status() == FollowUpStatus.OPEN) {
            return true;
        }
        return f.followUp().closedOn() != null && f.followUp().closedOn().isAfter(day);
    }

    /** Working days past the deadline (0 when not overdue). */
    public int daysOverdue(Feedback f, LocalDate today) {
        if (!isOverdue(f, today)) {
            return 0;
        }
        return calendar.between(deadline(f), today);
    }

    public List<Feedback> bad() {
        return monitoring.feedback().stream().filter(FollowUps::isBad).toList();
    }

    public List<Feedback> overdue(LocalDate today) {
        return monitoring.feedback().stream().filter(f -> isOverdue(f, today)).toList();
    }
}
