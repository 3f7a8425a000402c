package org.muni311.intake.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.muni311.intake.request.RequestSearch;

import org.springframework.http.HttpStatus;

/**
 * Reads the parameters of {@code GET requests}: {@code service_request_id} (a comma list,
 * which overrides the others, as the spec says), {@code service_code},
 * {@code start_date}, {@code end_date}, {@code status}, and the common
 * {@code page}/{@code page_size} extension. Without a start date the last 90 days are
 * searched; at most 1,000 requests come back, from the first {@link #MAX_DEPTH} of the
 * window (a deeper page is a 400 asking for a narrower window): the store is asked for
 * exactly the page, so no answer costs more than reading that many.
 */
final class SearchParameters {

	static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

	static final int MAX_ROWS = 1000;

	/** How deep into a window pages reach: page × page_size at most. */
	static final int MAX_DEPTH = 10_000;

	private SearchParameters() {
	}

	/** The search {@code query} asks for; without dates, the window up to {@code now}. */
	static RequestSearch read(Open311Query query, Instant now) {
		List<String> ids = query.list("service_request_id");
		int pageSize = number(query, "page_size", MAX_ROWS, MAX_ROWS);
		int page = number(query, "page", 1, Integer.MAX_VALUE / MAX_ROWS);
		if ((long) page * pageSize > MAX_DEPTH) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "pages reach at most " + MAX_DEPTH
					+ " requests into a window (page x page_size): narrow start_date and end_date instead");
		}
		int skip = (page - 1) * pageSize;
		if (!ids.isEmpty()) {
			if (ids.size() > MAX_ROWS) {
				throw new Open311Exception(HttpStatus.BAD_REQUEST, "at most " + MAX_ROWS + " service_request_id");
			}
			return new RequestSearch(ids, Set.of(), null, null, null, skip, pageSize);
		}
		Instant end = (query.get("end_date") != null) ? W3c.parse(query.get("end_date"), "end_date") : null;
		Instant start = (query.get("start_date") != null) ? W3c.parse(query.get("start_date"), "start_date")
				: ((end != null) ? end : now).minus(DEFAULT_WINDOW);
		if (end != null && end.isBefore(start)) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "end_date is before start_date");
		}
		return new RequestSearch(List.of(), new HashSet<>(query.list("service_code")), start, end, status(query), skip,
				pageSize);
	}

	private static Boolean status(Open311Query query) {
		Set<String> statuses = new HashSet<>(query.list("status"));
		if (!Set.of("open", "closed").containsAll(statuses)) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "status must be open, closed or both (open,closed)");
		}
		return (statuses.size() == 1) ? statuses.contains("open") : null;
	}

	private static int number(Open311Query query, String name, int absent, int max) {
		String value = query.get(name);
		if (value == null) {
			return absent;
		}
		if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, name + " must be a whole number from 1 to " + max);
		}
		return Integer.parseInt(value);
	}

}
