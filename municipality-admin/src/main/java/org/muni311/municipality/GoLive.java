package org.muni311.municipality;

import java.util.ArrayList;
import java.util.List;

import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.security.StaffSecurityProperties;
import org.muni311.contracts.municipality.MunicipalityConfiguration;

import org.springframework.stereotype.Service;

/**
 * Whether a municipality is ready to go live: every service routable, a triage
 * department, French complete where French is offered, a contact for residents (the
 * notice of collection names it), an Open311 key, an agent and a crew member; and what
 * other services add ({@link GoLiveCheck}): a test request.
 */
@Service
public class GoLive {

	private final Configurations configurations;

	private final StaffAccounts staff;

	private final StaffSecurityProperties configured;

	private final List<GoLiveCheck> others;

	GoLive(Configurations configurations, StaffAccounts staff, StaffSecurityProperties configured,
			List<GoLiveCheck> others) {
		this.configurations = configurations;
		this.staff = staff;
		this.configured = configured;
		this.others = List.copyOf(others);
	}

	/** The checklist of {@code municipality}, in the order a clerk works through it. */
	public Checklist of(Municipality municipality) {
		MunicipalityConfiguration config = municipality.configuration();
		ConfigurationProblems found = this.configurations.check(municipality.jurisdictionId(), config);
		List<Check> checks = new ArrayList<>();
		List<String> unroutable = found.warnings().stream().filter((w) -> w.contains("no rule routes it")).toList();
		checks.add(new Check("services-routable", unroutable.isEmpty(),
				unroutable.isEmpty() ? "every service of the catalogue has a rule" : String.join("; ", unroutable)));
		boolean triage = config.triageDepartment() != null && config.department(config.triageDepartment()).isPresent();
		checks.add(new Check("triage-department", triage,
				triage ? "requests no rule routes go to " + config.triageDepartment()
						: "name a triage department among the departments"));
		if (config.languages().contains("fr")) {
			List<String> missing = found.warnings().stream().filter((w) -> w.contains("no 'fr' text")).toList();
			checks.add(new Check("french-complete", missing.isEmpty(),
					missing.isEmpty() ? "every text residents see has its French"
							: missing.size() + " text(s) lack French: "
									+ String.join("; ", missing.subList(0, Math.min(5, missing.size())))));
		}
		boolean contact = config.contact() != null
				&& (config.contact().email() != null || config.contact().phone() != null);
		checks.add(new Check("contact", contact,
				contact ? "residents are told how to reach the municipality, and the notice of collection names it"
						: "give an email or a phone number residents may use (contact)"));
		long keys = municipality.apiKeys().stream().filter(Municipality.ApiKey::isActive).count();
		checks.add(new Check("open311-key", keys > 0,
				(keys > 0) ? keys + " active key(s)" : "issue a key for the web site or app that files requests"));
		checks.add(staffCheck(municipality.jurisdictionId()));
		this.others.forEach((other) -> checks.add(other.check(municipality)));
		return new Checklist(checks.stream().allMatch(Check::passed), checks, "/m/" + municipality.jurisdictionId());
	}

	/**
	 * At least one agent and one crew member: among the staff accounts given here, or the
	 * users configured for this service. Staff signed in by the identity provider are not
	 * seen.
	 */
	private Check staffCheck(String jurisdictionId) {
		List<StaffAccounts.Member> members = this.staff.of(jurisdictionId);
		boolean agent = holds(members, jurisdictionId, StaffRole.AGENT);
		boolean crew = holds(members, jurisdictionId, StaffRole.CREW);
		if (agent && crew) {
			return new Check("staff", true, "an agent and a crew member can sign in");
		}
		String missing = (!agent && !crew) ? "an agent and a crew member" : agent ? "a crew member" : "an agent";
		return new Check("staff", false, "add " + missing + " (staff accounts, or users configured for intake; "
				+ "staff signed in by the identity provider are not counted)");
	}

	private boolean holds(List<StaffAccounts.Member> members, String jurisdictionId, StaffRole role) {
		return members.stream().anyMatch((member) -> member.roles().contains(role.name())) || this.configured.users()
			.stream()
			.flatMap((user) -> user.municipalities().stream())
			.anyMatch((membership) -> membership.id().equals(jurisdictionId) && membership.roles().contains(role));
	}

	/**
	 * A municipality's checklist.
	 *
	 * @param ready whether every check passed
	 * @param checks each check
	 * @param preview where the resident pages are, to look at before going live
	 */
	public record Checklist(boolean ready, List<Check> checks, String preview) {
	}

	/**
	 * One check.
	 *
	 * @param id what it checks, such as {@code services-routable}
	 * @param passed whether it holds
	 * @param detail what holds, or what to do
	 */
	public record Check(String id, boolean passed, String detail) {
	}

}
