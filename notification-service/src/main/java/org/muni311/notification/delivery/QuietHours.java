package org.muni311.notification.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a text message may go out: not during a municipality's quiet hours, in its own
 * time zone.
 */
final class QuietHours {

	private QuietHours() {
	}

	/**
	 * When a message due {@code now} may be sent: {@code null} for now, else the end of
	 * the quiet hours {@code start}–{@code end} (which may span midnight) in
	 * {@code zone}.
	 */
	static Instant sendableAfter(Instant now, ZoneId zone, LocalTime start, LocalTime end) {
		if (start.equals(end)) {
			return null;
		}
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		boolean spansMidnight = start.isAfter(end);
		boolean quiet = spansMidnight ? (!time.isBefore(start) || time.isBefore(end))
				: (!time.isBefore(start) && time.isBefore(end));
		if (!quiet) {
			return null;
		}
		ZonedDateTime until = local.with(end);
		if (!until.isAfter(local)) {
			until = until.plusDays(1);
		}
		return until.toInstant();
	}

}
