package org.muni311.routing.workqueue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.muni311.contracts.RequestStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muni311.contracts.RequestStatus.ACKNOWLEDGED;
import static org.muni311.contracts.RequestStatus.CLOSED;
import static org.muni311.contracts.RequestStatus.IN_PROGRESS;
import static org.muni311.contracts.RequestStatus.ON_HOLD;
import static org.muni311.contracts.RequestStatus.REOPENED;
import static org.muni311.contracts.RequestStatus.RESOLVED;
import static org.muni311.contracts.RequestStatus.ROUTED;
import static org.muni311.contracts.RequestStatus.SUBMITTED;

/** Every pair of statuses: the moves the workflow allows, and every other one refused. */
class WorkflowTest {

	private static final Map<RequestStatus, Set<RequestStatus>> EXPECTED = Map.of(SUBMITTED, Set.of(), ROUTED,
			Set.of(ACKNOWLEDGED), ACKNOWLEDGED, Set.of(IN_PROGRESS, ON_HOLD, RESOLVED), IN_PROGRESS,
			Set.of(ON_HOLD, RESOLVED), ON_HOLD, Set.of(IN_PROGRESS, RESOLVED), RESOLVED, Set.of(CLOSED, REOPENED),
			CLOSED, Set.of(REOPENED), REOPENED, Set.of(ACKNOWLEDGED, IN_PROGRESS));

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void allowsExactlyTheWorkflowsMovesFromEachStatusAndRefusesEveryOther(RequestStatus from) {
		assertThat(Workflow.allowedFrom(from)).isEqualTo(EXPECTED.get(from));
		for (RequestStatus to : EnumSet.allOf(RequestStatus.class)) {
			assertThat(Workflow.allows(from, to)).as(from + " -> " + to).isEqualTo(EXPECTED.get(from).contains(to));
		}
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void countsOnlyResolvedAndClosedItemsAsDone(RequestStatus status) {
		assertThat(Workflow.isOpen(status)).isEqualTo(status != RESOLVED && status != CLOSED);
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void claimingAcknowledgesOnlyARoutedOrReopenedItem(RequestStatus status) {
		assertThat(Workflow.claimAcknowledges(status)).isEqualTo(status == ROUTED || status == REOPENED);
	}

}
