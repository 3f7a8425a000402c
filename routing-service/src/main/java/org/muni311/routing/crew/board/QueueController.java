package org.muni311.routing.crew.board;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.routing.crew.api.CrewAuthorization;
import org.muni311.routing.workqueue.QueuePage;
import org.muni311.routing.workqueue.QueueQuery;
import org.muni311.routing.workqueue.WorkQueue;
import org.muni311.routing.workqueue.Worker;
import org.muni311.routing.workqueue.Workflow;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's lists: the municipalities, departments and crews somebody may see, and a
 * queue (soonest due first) with its filters, map and live updates. The queue's list is
 * also served alone, for htmx to reload it when the stream says it changed.
 */
@Controller
class QueueController {

	private final Board board;

	private final WorkQueue queue;

	private final CrewAuthorization crews;

	private final BoardProperties properties;

	private final MessageSource messages;

	QueueController(Board board, WorkQueue queue, StaffAccess access, BoardProperties properties,
			MessageSource messages) {
		this.board = board;
		this.queue = queue;
		this.crews = new CrewAuthorization(access);
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/board")
	String home(Authentication staff, Locale locale, Model model) {
		// the platform administrator is offered every municipality's queues
		Set<String> theirs = this.crews.reachesEveryMunicipality(staff) ? this.board.municipalities()
				: this.crews.municipalities(staff);
		List<Municipality> municipalities = theirs.stream().map((tenant) -> {
			MunicipalityConfiguration configuration = this.board.configuration(tenant);
			// a crew member is offered its own departments' queues and their crews only
			Worker worker = this.crews.worker(staff, tenant);
			return new Municipality(tenant, this.board.branding(configuration, locale).name(),
					this.board.departments(configuration, locale, worker),
					this.board.crews(configuration, locale, worker));
		}).toList();
		model.addAttribute("municipalities", municipalities);
		return "board/home";
	}

	@GetMapping("/board/{jurisdiction_id}")
	String queue(@PathVariable("jurisdiction_id") String tenant, @RequestParam(required = false) String department,
			@RequestParam(required = false) String crew, @RequestParam(required = false) String status,
			Authentication staff, Locale locale, Model model) {
		fill(tenant, department, crew, status, this.crews.worker(staff, tenant), locale, model);
		// the filters as understood (an unknown one dropped), so that the list, its
		// updates and Refresh agree
		Map<String, Object> shown = model.asMap();
		String[] filters = { (String) shown.get("department"), (String) shown.get("crew"),
				(shown.get("status") != null) ? shown.get("status").toString() : null };
		model.addAttribute("tilesUrl", this.properties.mapTilesUrl());
		model.addAttribute("streamUrl", url("/board/" + tenant + "/stream", filters));
		model.addAttribute("listUrl", url("/board/" + tenant + "/queue", filters));
		model.addAttribute("refreshUrl", url("/board/" + tenant, filters));
		return "board/queue";
	}

	@GetMapping("/board/{jurisdiction_id}/queue")
	String list(@PathVariable("jurisdiction_id") String tenant, @RequestParam(required = false) String department,
			@RequestParam(required = false) String crew, @RequestParam(required = false) String status,
			Authentication staff, Locale locale, Model model) {
		fill(tenant, department, crew, status, this.crews.worker(staff, tenant), locale, model);
		return "board/queue :: items";
	}

	// any method: a refused form post is forwarded here as a POST
	@RequestMapping(BoardSecurity.REFUSED)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused() {
		return "board/refused";
	}

	private void fill(String tenant, String department, String crew, String status, Worker worker, Locale locale,
			Model model) {
		MunicipalityConfiguration configuration = this.board.configuration(tenant);
		List<PageProblem> problems = new ArrayList<>();
		String shownDepartment = known(department, configuration.department(department).isPresent(), "department",
				problems, locale);
		if (shownDepartment == null && (crew == null || crew.isBlank()) && !worker.unbound()
				&& !worker.sortedDepartments().isEmpty()) {
			// a crew member's board opens on its (first) department's queue, not the
			// municipality's
			shownDepartment = worker.sortedDepartments().iterator().next();
		}
		String shownCrew = known(crew, configuration.crews().stream().anyMatch((c) -> c.id().equals(crew)), "crew",
				problems, locale);
		RequestStatus shownStatus = status(status, problems, locale);
		Set<RequestStatus> statuses = (shownStatus != null) ? EnumSet.of(shownStatus) : open();
		QueuePage page = this.queue.queue(new QueueQuery(tenant, shownDepartment, shownCrew, statuses, null, null, null,
				0, this.properties.queueSize()), worker);
		model.addAttribute("branding", this.board.branding(configuration, locale));
		model.addAttribute("tenant", tenant);
		model.addAttribute("problems", problems);
		model.addAttribute("department", shownDepartment);
		model.addAttribute("crew", shownCrew);
		model.addAttribute("status", shownStatus);
		model.addAttribute("departments", this.board.departments(configuration, locale, worker));
		model.addAttribute("crews", this.board.crews(configuration, locale, worker));
		model.addAttribute("statuses",
				List.of(RequestStatus.values()).stream().filter((s) -> s != RequestStatus.SUBMITTED).toList());
		model.addAttribute("items",
				page.items().stream().map((item) -> this.board.row(item, configuration, locale)).toList());
		model.addAttribute("total", page.total());
	}

	private String known(String code, boolean known, String field, List<PageProblem> problems, Locale locale) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (!known) {
			problems.add(new PageProblem(field,
					this.messages.getMessage("board.filter." + field + ".unknown", new Object[] { code }, locale)));
			return null;
		}
		return code;
	}

	private RequestStatus status(String status, List<PageProblem> problems, Locale locale) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return RequestStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new PageProblem("status",
					this.messages.getMessage("board.filter.status.unknown", new Object[] { status }, locale)));
			return null;
		}
	}

	private static Set<RequestStatus> open() {
		Set<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
		List.of(RequestStatus.values()).stream().filter(Workflow::isOpen).forEach(open::add);
		return open;
	}

	/**
	 * {@code path} with the filters department, crew and status, in that order, each when
	 * set.
	 */
	private static String url(String path, String[] filters) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		String[] names = { "department", "crew", "status" };
		for (int i = 0; i < names.length; i++) {
			if (filters[i] != null) {
				url.queryParam(names[i], filters[i]);
			}
		}
		return url.encode().build().toUriString();
	}

	/**
	 * A municipality somebody may see, with the queues it offers.
	 *
	 * @param id its jurisdiction id
	 * @param name its name in the page's language
	 * @param departments its departments
	 * @param crews its crews
	 */
	record Municipality(String id, String name, List<Board.Choice> departments, List<Board.Choice> crews) {
	}

}
