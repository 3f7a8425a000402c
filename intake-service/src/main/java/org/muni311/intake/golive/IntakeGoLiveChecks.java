package org.muni311.intake.golive;

import java.util.List;
import java.util.Set;

import org.muni311.intake.request.RequestSearch;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.municipality.GoLive;
import org.muni311.municipality.GoLiveCheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What intake adds to a municipality's go-live checklist: a test request filed.
 */
@Configuration(proxyBeanMethods = false)
class IntakeGoLiveChecks {

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

}
