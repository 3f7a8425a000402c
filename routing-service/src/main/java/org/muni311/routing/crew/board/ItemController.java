package org.muni311.routing.crew.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.web.Languages;
import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.RequestStatus;
import org.muni311.routing.crew.api.CrewAuthorization;
import org.muni311.routing.workqueue.StaleVersionException;
import org.muni311.routing.workqueue.TransitionRefusedException;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkItem.Visibility;
import org.muni311.routing.workqueue.WorkItemNotFoundException;
import org.muni311.routing.workqueue.WorkQueue;
import org.muni311.routing.workqueue.Worker;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One work item's page and its forms: claim, move to a status the workflow allows (with a
 * note, public or internal), add a note. Each change names the version the page showed
 * and goes through the same {@link WorkQueue} method as the crew API, then redirects back
 * with a notice. A change made meanwhile by somebody else, or one the status no longer
 * allows, comes back as a message above the item as it is now; a form missing an answer
 * comes back with an error summary, as typed.
 */
@Controller
@RequestMapping("/board/{jurisdiction_id}/items/{request_id}")
class ItemController {

	private static final int NOTE_LIMIT = 2000;

	private final Board board;

	private final WorkQueue queue;

	private final CrewAuthorization crews;

	private final MessageSource messages;

	ItemController(Board board, WorkQueue queue, StaffAccess access, MessageSource messages) {
		this.board = board;
		this.queue = queue;
		this.crews = new CrewAuthorization(access);
		this.messages = messages;
	}

	@GetMapping
	String item(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			Authentication staff, Locale locale, Model model) {
		Worker worker = this.crews.worker(staff, tenant);
		ItemPage.fill(model, this.board, this.queue.get(tenant, requestId, worker), locale, worker.name(), Map.of());
		return "board/item";
	}

	@PostMapping("/claim")
	String claim(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@RequestParam long version, Authentication staff, RedirectAttributes redirect) {
		return change(tenant, requestId, redirect, "board.notice.claimed",
				() -> this.queue.claim(tenant, requestId, version, this.crews.worker(staff, tenant)));
	}

	@PostMapping("/status")
	String move(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@RequestParam long version, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) String visibility,
			Authentication staff, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<PageProblem> problems = new ArrayList<>();
		RequestStatus next = parse(RequestStatus.class, status);
		if (next == null) {
			problems.add(problem("move-status", "board.move.status.missing", locale));
		}
		Visibility shared = checkNote(note, visibility, false, "move", problems, locale);
		if (!problems.isEmpty()) {
			return again(tenant, requestId, staff, locale, model, response, problems,
					Map.of("status", String.valueOf(status), "note", note, "visibility", String.valueOf(visibility)));
		}
		Worker by = this.crews.worker(staff, tenant);
		String told = (shared == Visibility.PUBLIC && !note.isBlank()) ? note.strip() : null;
		return change(tenant, requestId, redirect, "board.notice.moved", () -> {
			WorkItem moved = this.queue.move(tenant, requestId, version, next, told, by);
			return (shared == Visibility.INTERNAL && !note.isBlank())
					? this.queue.note(tenant, requestId, moved.version(), note.strip(), Visibility.INTERNAL, by)
					: moved;
		});
	}

	@PostMapping("/notes")
	String note(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@RequestParam long version, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) String visibility, Authentication staff, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<PageProblem> problems = new ArrayList<>();
		Visibility shared = checkNote(text, visibility, true, "note", problems, locale);
		if (!problems.isEmpty()) {
			return again(tenant, requestId, staff, locale, model, response, problems,
					Map.of("text", text, "noteVisibility", String.valueOf(visibility)));
		}
		return change(tenant, requestId, redirect, "board.notice.noted", () -> this.queue.note(tenant, requestId,
				version, text.strip(), shared, this.crews.worker(staff, tenant)));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String missing(WorkItemNotFoundException ex, Locale locale, Model model) {
		// the layout's model, which no interceptor adds after a handler failed
		String other = Languages.other(locale).getLanguage();
		model.addAttribute("branding", PageBranding.platform());
		model.addAttribute("otherLanguage", other);
		model.addAttribute("otherLanguageUrl",
				ServletUriComponentsBuilder.fromCurrentRequest()
					.replaceQueryParam(Languages.PARAMETER, other)
					.toUriString());
		return "board/missing";
	}

	private String change(String tenant, String requestId, RedirectAttributes redirect, String notice,
			Supplier<WorkItem> change) {
		try {
			WorkItem changed = change.get();
			redirect.addFlashAttribute("notice", notice);
			redirect.addFlashAttribute("noticeStatus", changed.status());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("conflict", "board.conflict.stale");
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("conflict", "board.conflict.refused");
			redirect.addFlashAttribute("conflictStatus", ex.from());
		}
		return "redirect:/board/{jurisdiction_id}/items/{request_id}";
	}

	private Visibility checkNote(String text, String visibility, boolean required, String form,
			List<PageProblem> problems, Locale locale) {
		if (required && text.isBlank()) {
			problems.add(problem(form + "-text", "board.note.text.missing", locale));
		}
		if (text.length() > NOTE_LIMIT) {
			problems.add(problem(form + "-text", "board.note.text.long", locale));
		}
		Visibility shared = parse(Visibility.class, visibility);
		if (shared == null && !text.isBlank()) {
			problems.add(problem(form + "-visibility", "board.note.visibility.missing", locale));
		}
		return shared;
	}

	private String again(String tenant, String requestId, Authentication staff, Locale locale, Model model,
			HttpServletResponse response, List<PageProblem> problems, Map<String, String> entered) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problems", problems);
		Worker worker = this.crews.worker(staff, tenant);
		ItemPage.fill(model, this.board, this.queue.get(tenant, requestId, worker), locale, worker.name(), entered);
		return "board/item";
	}

	private PageProblem problem(String field, String message, Locale locale) {
		return new PageProblem(field, this.messages.getMessage(message, null, locale));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value == null || value.isBlank()) ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
