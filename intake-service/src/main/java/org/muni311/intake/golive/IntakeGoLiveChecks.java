package org.muni311.intake.golive;

import java.util.List;
import java.util.Set;

import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.security.StaffSecurityProperties;
import org.muni311.intake.request.RequestSearch;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.municipality.GoLive;
import org.muni311.municipality.GoLiveCheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What intake adds to a municipality's go-live checklist: staff to take calls and do the
 * work, and a test request filed.
 */
@Configuration(proxyBeanMethods = false)
class IntakeGoLiveChecks {

	/**
	 * At least one agent and one crew member. Staff are configured per service for now
	 * ({@code muni311.security.users}, or the identity provider's claims): this sees
	 * intake's configured users only, and says so.
	 */
	@Bean
	GoLiveCheck staffCheck(StaffSecurityProperties security) {
		return (municipality) -> {
			String id = municipality.jurisdictionId();
			boolean agent = holds(security, id, StaffRole.AGENT);
			boolean crew = holds(security, id, StaffRole.CREW);
			return new GoLive.Check("staff", agent && crew, (agent && crew)
					? "an agent and a crew member among intake's configured users"
					: "add " + (agent ? "" : "an agent") + ((!agent && !crew) ? " and " : "")
							+ (crew ? "" : "a crew member")
							+ " (intake sees its configured users only; staff signed in by the identity provider are "
							+ "not counted)");
		};
	}

	/** A request filed, as a clerk files one to try the municipality out. */
	@Bean
	GoLiveCheck testRequestCheck(ServiceRequests requests) {
		return (municipality) -> {
			boolean filed = !requests
				.search(municipality.jurisdictionId(), new RequestSearch(List.of(), Set.of(), null, null, null, 0, 1))
				.isEmpty();
			return new GoLive.Check("test-request", filed,
					filed ? "a request has been filed" : "file a test request from the resident page (/m/"
							+ municipality.jurisdictionId() + ") and see it on the crew's board");
		};
	}

	private static boolean holds(StaffSecurityProperties security, String municipality, StaffRole role) {
		return security.users()
			.stream()
			.flatMap((user) -> user.municipalities().stream())
			.anyMatch((membership) -> membership.id().equals(municipality) && membership.roles().contains(role));
	}

}
