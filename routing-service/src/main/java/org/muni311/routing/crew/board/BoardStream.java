package org.muni311.routing.crew.board;

import java.io.IOException;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.routing.crew.QueueStreams;
import org.muni311.routing.crew.api.CrewAuthorization;
import org.muni311.routing.workqueue.QueueListeners;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkQueue;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells an open queue page that its queue changed, as a {@code changed} Server-Sent
 * Event, from the same {@link QueueListeners} as the crew API's stream: the page then
 * reloads its list (htmx), so what it shows is always what the store holds, sorted and
 * filtered as the page asked. Signed in by the page's session; sent through
 * {@link QueueStreams}.
 */
@Controller
class BoardStream {

	private final QueueStreams streams;

	private final WorkQueue queue;

	private final CrewAuthorization crews;

	BoardStream(QueueStreams streams, WorkQueue queue, StaffAccess access) {
		this.streams = streams;
		this.queue = queue;
		this.crews = new CrewAuthorization(access);
	}

	@GetMapping(path = "/board/{jurisdiction_id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(@PathVariable("jurisdiction_id") String tenant, @RequestParam(required = false) String department,
			@RequestParam(required = false) String crew, Authentication staff) throws IOException {
		this.queue.requireQueue(tenant, blankless(department), blankless(crew), this.crews.worker(staff, tenant));
		return this.streams.open((staff != null) ? staff.getName() : null,
				(before, after) -> ((before != null && shows(before, tenant, department, crew))
						|| shows(after, tenant, department, crew))
								? SseEmitter.event()
									.name("changed")
									.id(after.requestId() + ":" + after.version())
									.data(after.requestId())
								: null);
	}

	/**
	 * Whether the queue of {@code department} and {@code crew} (either blank for any)
	 * shows {@code item}.
	 */
	static boolean shows(WorkItem item, String tenant, String department, String crew) {
		return item.tenant().equals(tenant)
				&& (department == null || department.isBlank() || department.equals(item.departmentCode()))
				&& (crew == null || crew.isBlank() || crew.equals(item.crew()));
	}

	private static String blankless(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
