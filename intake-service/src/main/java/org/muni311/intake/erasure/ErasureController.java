package org.muni311.intake.erasure;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.tracing.CurrentTrace;
import org.muni311.intake.request.ContactErasure;
import org.muni311.intake.request.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/v1/municipalities/{jurisdiction_id}/erasures} {@code {"email": ...,
 * "phone": ...}} (one or both): erases that person's contact data from every request of
 * the municipality they reported, called about or followed, for its administrators and
 * the platform administrator. Answers 202 with the erasure's id and how many requests it
 * touched (the notification service applies it in turn), never the contact.
 */
@RestController
class ErasureController {

	private static final Logger log = LoggerFactory.getLogger(ErasureController.class);

	private final ContactErasure erasure;

	private final MongoTemplate mongo;

	private final StaffAccess access;

	private final CurrentTrace trace;

	private final Clock clock;

	ErasureController(ContactErasure erasure, MongoTemplate mongo, StaffAccess access, CurrentTrace trace,
			Clock clock) {
		this.erasure = erasure;
		this.mongo = mongo;
		this.access = access;
		this.trace = trace;
		this.clock = clock;
	}

	@PostMapping(path = "/admin/v1/municipalities/{jurisdiction_id}/erasures",
			consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> erase(@PathVariable("jurisdiction_id") String tenant,
			@RequestBody ErasureRequest body, Authentication staff) {
		this.access.requireAdministrator(staff, tenant);
		String id = UUID.randomUUID().toString();
		ContactErasure.Erased erased = this.erasure.erase(tenant, id, body.email(), body.phone(),
				this.trace.traceParent());
		String who = this.access.name(staff);
		this.mongo.insert(new Erasure(id, tenant, who, this.clock.instant(), erased.requests(), erased.subjectKeys()));
		log.info("Erasure {} of {} asked by {}: {} requests", id, tenant, who, erased.requests());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("erasure_id", id, "requests", erased.requests()));
	}

	/** A 400 naming every field that is wrong. */
	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		List<String> problems = ex.messages();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", problems));
		problem.setProperty("problems", problems);
		return problem;
	}

	/**
	 * Whose contact data to erase: an email address, a phone number, or both.
	 *
	 * @param email the address, any case
	 * @param phone the number, however written
	 */
	record ErasureRequest(String email, String phone) {
	}

}
