package org.muni311.municipality;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipality's staff: who may take calls, do the work, lead crews and administer it,
 * known to every service at once ({@link StaffAccounts}).
 */
@RestController
@Tag(name = "Staff", description = "A municipality's agents, crew members, supervisors and administrators")
@ApiResponse(responseCode = "400",
		description = "A role, department, user name or password that cannot be given "
				+ "(problem details list every problem)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Nobody signed in")
@ApiResponse(responseCode = "403",
		description = "Not an administrator of this municipality, or a password of "
				+ "someone who is also staff elsewhere")
@ApiResponse(responseCode = "404", description = "The municipality is not configured, or the person is not its staff")
@ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile: read it again and retry")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/admin/v1/municipalities/{jurisdictionId}/staff", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffAdminController {

	private final StaffAccounts staff;

	private final Configurations configurations;

	private final StaffAccess access;

	StaffAdminController(StaffAccounts staff, Configurations configurations, StaffAccess access) {
		this.staff = staff;
		this.configurations = configurations;
		this.access = access;
	}

	@Operation(summary = "The municipality's staff and their roles there")
	@GetMapping
	List<StaffAccounts.Member> list(@PathVariable String jurisdictionId, Authentication caller) {
		configured(jurisdictionId, caller);
		return this.staff.of(jurisdictionId);
	}

	@Operation(summary = "Give a person roles in the municipality (an account is created when new, its password "
			+ "generated and shown once unless one is given)")
	@PutMapping(path = "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
	StaffAccounts.Given give(@PathVariable String jurisdictionId, @PathVariable String username,
			@RequestBody Change change, Authentication caller) {
		Municipality municipality = configured(jurisdictionId, caller);
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		for (String role : (change.roles() != null) ? change.roles() : List.<String>of()) {
			try {
				roles.add(StaffRole.valueOf(role));
			}
			catch (IllegalArgumentException ex) {
				throw new StaffRefusedException(List.of("roles: '" + role + "' is not a role; use "
						+ StaffAccounts.GIVEN.stream().map(Enum::name).sorted().toList()));
			}
		}
		return this.staff.give(municipality, username, roles,
				(change.departments() != null) ? change.departments() : List.of(), change.password(),
				(other) -> this.access.mayAdminister(caller, other), this.access.name(caller));
	}

	@Operation(summary = "Take every role the person holds in the municipality away")
	@DeleteMapping("/{username}")
	ResponseEntity<Void> remove(@PathVariable String jurisdictionId, @PathVariable String username,
			Authentication caller) {
		configured(jurisdictionId, caller);
		if (!this.staff.remove(jurisdictionId, username, this.access.name(caller))) {
			throw new NotFoundException(username + " is not staff of " + jurisdictionId);
		}
		return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
	}

	private Municipality configured(String jurisdictionId, Authentication caller) {
		this.access.requireAdministrator(caller, jurisdictionId);
		return this.configurations.find(jurisdictionId)
			.filter((municipality) -> municipality.configuration() != null)
			.orElseThrow(() -> new NotFoundException("Municipality " + jurisdictionId + " is not configured"));
	}

	/**
	 * A person's roles in the municipality.
	 *
	 * @param roles {@code AGENT}, {@code CREW}, {@code SUPERVISOR},
	 * {@code MUNICIPALITY_ADMIN}
	 * @param departments the departments a crew member works for
	 * @param password a password to set (12 to 128 characters), or none
	 */
	record Change(List<String> roles, List<String> departments, String password) {
	}

}
