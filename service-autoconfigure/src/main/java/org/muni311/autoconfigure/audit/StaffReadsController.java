package org.muni311.autoconfigure.audit;

import java.util.List;

import org.muni311.autoconfigure.security.StaffAccess;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /admin/v1/municipalities/{jurisdiction_id}/staff-reads}: the audit log of
 * staff reads of the municipality's residents' personal data, newest first, a page at a
 * time, for its administrators and the platform administrator. Served by the services
 * that set {@code muni311.audit.staff-reads-api=true}.
 */
@RestController
class StaffReadsController {

	/** How deep pages reach into the log (deeper: a 400). */
	static final int MAX_DEPTH = 10_000;

	private final StaffReads reads;

	private final StaffAccess access;

	StaffReadsController(StaffReads reads, StaffAccess access) {
		this.reads = reads;
		this.access = access;
	}

	@GetMapping(path = "/admin/v1/municipalities/{jurisdiction_id}/staff-reads",
			produces = MediaType.APPLICATION_JSON_VALUE)
	List<StaffRead> list(@PathVariable("jurisdiction_id") String jurisdiction,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication staff) {
		this.access.requireAdministrator(staff, jurisdiction);
		if (page < 0 || size < 1 || size > StaffReads.MAX_PAGE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page is from 0, size from 1 to " + StaffReads.MAX_PAGE);
		}
		if ((long) page * size >= MAX_DEPTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"pages reach at most " + MAX_DEPTH + " records into the log");
		}
		return this.reads.list(jurisdiction, page, size);
	}

}
