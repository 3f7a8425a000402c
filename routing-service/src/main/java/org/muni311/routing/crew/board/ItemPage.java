package org.muni311.routing.crew.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkItem.Entry;
import org.muni311.routing.workqueue.Workflow;

import org.springframework.ui.Model;

/**
 * Puts one work item's page together: its details, its journal (newest first) and the
 * changes it allows now.
 */
final class ItemPage {

	private ItemPage() {
	}

	/**
	 * Fills {@code model} for {@code item}; {@code entered} holds what the person typed
	 * into a form that came back with problems, else nothing.
	 */
	static void fill(Model model, Board board, WorkItem item, Locale locale, String me, Map<String, String> entered) {
		MunicipalityConfiguration configuration = board.configuration(item.tenant());
		model.addAttribute("branding", board.branding(configuration, locale));
		model.addAttribute("tenant", item.tenant());
		model.addAttribute("item", board.row(item, configuration, locale));
		model.addAttribute("routedAt", ItemRow.time(item.routedAt(), configuration));
		List<Line> journal = new ArrayList<>(
				item.journal().stream().map((entry) -> Line.of(entry, configuration)).toList());
		Collections.reverse(journal);
		model.addAttribute("journal", journal);
		List<RequestStatus> allowed = List.copyOf(Workflow.allowedFrom(item.status()));
		model.addAttribute("allowed", allowed);
		model.addAttribute("claimable", Workflow.isOpen(item.status()) && !me.equals(item.assignee()));
		model.addAttribute("entered", entered);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
	}

	/**
	 * One line of the journal as the page shows it.
	 *
	 * @param at when, on the municipality's clock
	 * @param by who
	 * @param action a status's name or another change ({@code CLAIMED}, {@code NOTE},
	 * ...)
	 * @param text the note, or {@code null}
	 * @param shared whether residents were told it
	 */
	record Line(String at, String by, String action, String text, boolean shared) {

		static Line of(Entry entry, MunicipalityConfiguration configuration) {
			return new Line(ItemRow.time(entry.at(), configuration), entry.by(), entry.action(), entry.text(),
					entry.visibility() == WorkItem.Visibility.PUBLIC);
		}

	}

}
