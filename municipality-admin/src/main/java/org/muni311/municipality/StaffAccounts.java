package org.muni311.municipality;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.muni311.autoconfigure.outbox.OutboxDocument;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.security.StaffSecurityProperties;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.staff.StaffAccount;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff accounts, owned here and spread to every service ({@link StaffAccount} on
 * {@link Topics#MUNICIPALITIES_STAFF}, through the account's outbox in the same write): a
 * municipality's administrator gives a person roles there (agent, crew member of some
 * departments, supervisor, administrator) and takes them away. Passwords are kept and
 * published only as hashes; a new account without one gets one generated, shown once. An
 * account that is also staff elsewhere keeps its password unless someone who administers
 * all its municipalities (a platform administrator does) changes it, so that one
 * municipality cannot take over another's people. A user name configured for intake
 * ({@code muni311.security.users}) cannot be taken; one configured for another service
 * only is signed in there as configured.
 */
@Service
public class StaffAccounts {

	/**
	 * Roles a municipality gives; the platform administrator is configured, not given.
	 */
	static final Set<StaffRole> GIVEN = Set.of(StaffRole.AGENT, StaffRole.CREW, StaffRole.SUPERVISOR,
			StaffRole.MUNICIPALITY_ADMIN);

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

	private static final char[] PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
		.toCharArray();

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	private final PasswordEncoder passwords;

	private final StaffSecurityProperties configured;

	private final JsonMapper json;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	StaffAccounts(MongoTemplate mongo, OutboxRelay staffOutbox, PasswordEncoder passwords,
			StaffSecurityProperties configured, JsonMapper json, Clock clock) {
		this.mongo = mongo;
		this.relay = staffOutbox;
		this.passwords = passwords;
		this.configured = configured;
		this.json = json;
		this.clock = clock;
		// a municipality's staff listing (an admin listing, not a hot path)
		mongo.indexOps(Account.class).createIndex(new Index("memberships.id", Sort.Direction.ASC));
	}

	/** The staff of {@code jurisdictionId}, by user name. */
	public List<Member> of(String jurisdictionId) {
		// sorted here: a municipality's staff are few, and the index serves the filter
		Query query = Query.query(Criteria.where("memberships.id").is(jurisdictionId));
		return this.mongo.find(query, Account.class)
			.stream()
			.map((account) -> Member.of(account, jurisdictionId))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Member::username))
			.toList();
	}

	/**
	 * Gives {@code username} {@code roles} in {@code municipality} (in place of those
	 * held there), creating the account when it is new.
	 * @param password the password to set, or {@code null} to keep it (a new account gets
	 * one generated)
	 * @param mayChangeElsewhere whether the caller administers the municipality of
	 * another membership of the account (a platform administrator does all)
	 * @throws StaffRefusedException for a role, department or password that cannot be
	 * given
	 */
	public Given give(Municipality municipality, String username, Set<StaffRole> roles, List<String> departments,
			String password, Predicate<String> mayChangeElsewhere, String who) {
		check(municipality.configuration(), username, roles, departments, password);
		String jurisdictionId = municipality.jurisdictionId();
		Optional<Account> current = Optional.ofNullable(this.mongo.findById(username, Account.class));
		List<StaffAccount.Membership> memberships = new ArrayList<>();
		current.ifPresent((account) -> account.memberships()
			.stream()
			.filter((membership) -> !membership.id().equals(jurisdictionId))
			.forEach(memberships::add));
		if (password != null && !memberships.stream().map(StaffAccount.Membership::id).allMatch(mayChangeElsewhere)) {
			throw new ForbiddenChangeException(username + " is also staff of "
					+ memberships.stream().map(StaffAccount.Membership::id).toList()
					+ ": only an administrator of all of them (or a platform administrator) may set its password");
		}
		memberships.add(new StaffAccount.Membership(jurisdictionId, roles.stream().map(Enum::name).sorted().toList(),
				roles.contains(StaffRole.CREW) ? List.copyOf(new LinkedHashSet<>(departments)) : List.of()));
		String generated = (current.isEmpty() && password == null) ? generatePassword() : null;
		String hash = (password != null || generated != null)
				? this.passwords.encode((password != null) ? password : generated) : current.get().passwordHash();
		long version = current.map(Account::version).orElse(0L) + 1;
		store(jurisdictionId, current, new Account(username, hash, memberships, version, now(), who, List.of()));
		return new Given(Member.of(memberships.get(memberships.size() - 1), username), generated);
	}

	/**
	 * Takes every role {@code username} holds in {@code jurisdictionId} away; the account
	 * signs in nowhere once it holds none.
	 * @return whether it held any there
	 */
	public boolean remove(String jurisdictionId, String username, String who) {
		Optional<Account> current = Optional.ofNullable(this.mongo.findById(username, Account.class));
		if (current.isEmpty() || current.get()
			.memberships()
			.stream()
			.noneMatch((membership) -> membership.id().equals(jurisdictionId))) {
			return false;
		}
		List<StaffAccount.Membership> left = current.get()
			.memberships()
			.stream()
			.filter((membership) -> !membership.id().equals(jurisdictionId))
			.toList();
		store(jurisdictionId, current, new Account(username, current.get().passwordHash(), left,
				current.get().version() + 1, now(), who, List.of()));
		return true;
	}

	private void check(MunicipalityConfiguration configuration, String username, Set<StaffRole> roles,
			List<String> departments, String password) {
		List<String> problems = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			problems.add("username '" + username + "' must be 2 to 64 lowercase letters, digits, '.', '_', '@' or '-'");
		}
		if (this.configured.users().stream().anyMatch((user) -> user.username().equalsIgnoreCase(username))) {
			problems.add("username '" + username + "' is a user configured for the service: pick another");
		}
		if (roles.isEmpty()) {
			problems.add("roles: give at least one of " + GIVEN + " (remove the person to take them all away)");
		}
		roles.stream()
			.filter((role) -> !GIVEN.contains(role))
			.forEach((role) -> problems.add("roles: " + role + " is not given by a municipality; use " + GIVEN));
		if (roles.contains(StaffRole.CREW) && departments.isEmpty()) {
			problems.add("departments: a crew member works for at least one department");
		}
		if (!roles.contains(StaffRole.CREW) && !departments.isEmpty()) {
			problems.add("departments: only a crew member works for departments");
		}
		departments.stream()
			.filter((department) -> configuration.department(department).isEmpty())
			.forEach((department) -> problems
				.add("departments: '" + department + "' is not a department of " + configuration.jurisdictionId()));
		if (password != null && (password.length() < 12 || password.length() > 128)) {
			problems.add("password must be 12 to 128 characters");
		}
		if (!problems.isEmpty()) {
			throw new StaffRefusedException(problems);
		}
	}

	/**
	 * Stores {@code next} with its event, whose tenant is the municipality the change was
	 * made in.
	 */
	private void store(String changedIn, Optional<Account> current, Account next) {
		Instant now = next.updatedAt();
		EventEnvelope<StaffAccount> event = EventEnvelope.create(StaffAccount.TYPE, StaffAccount.VERSION, changedIn,
				null, now, null,
				new StaffAccount(next.username(), next.passwordHash(), next.memberships(), next.version()));
		OutboxEvent pending = OutboxEvent.keyed(Topics.MUNICIPALITIES_STAFF, next.username(), event,
				this.json.writeValueAsString(event), now);
		Account stored = new Account(next.username(), next.passwordHash(), next.memberships(), next.version(), now,
				next.updatedBy(), List.of(pending));
		if (current.isEmpty()) {
			try {
				this.mongo.insert(stored);
			}
			catch (DuplicateKeyException ex) {
				throw new ConcurrentChangeException("Staff account " + next.username());
			}
		}
		else {
			Query unchanged = Query
				.query(Criteria.where("_id").is(next.username()).and("version").is(current.get().version()));
			if (this.mongo.replace(unchanged, stored).getMatchedCount() == 0) {
				throw new ConcurrentChangeException("Staff account " + next.username());
			}
		}
		this.relay.written(next.username(), List.of(pending));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private String generatePassword() {
		char[] password = new char[16];
		for (int i = 0; i < password.length; i++) {
			password[i] = PASSWORD_ALPHABET[this.random.nextInt(PASSWORD_ALPHABET.length)];
		}
		return new String(password);
	}

	/**
	 * A person's roles in one municipality, as listed: never the password, never its
	 * hash.
	 *
	 * @param username the name they sign in with
	 * @param roles the roles held there
	 * @param departments the departments worked for there, as a crew member
	 */
	public record Member(String username, List<String> roles, List<String> departments) {

		static Optional<Member> of(Account account, String jurisdictionId) {
			return account.memberships()
				.stream()
				.filter((membership) -> membership.id().equals(jurisdictionId))
				.findFirst()
				.map((membership) -> of(membership, account.username()));
		}

		static Member of(StaffAccount.Membership membership, String username) {
			return new Member(username, membership.roles(), membership.departments());
		}

	}

	/**
	 * What was given.
	 *
	 * @param member the roles now held in the municipality
	 * @param password the password generated for a new account, shown this once; else
	 * {@code null}
	 */
	public record Given(Member member, String password) {
	}

	/** A stored account, {@code _id} the user name. */
	@Document(Account.COLLECTION)
	record Account(@Id String username, String passwordHash, List<StaffAccount.Membership> memberships, long version,
			Instant updatedAt, String updatedBy, List<OutboxEvent> outbox) implements OutboxDocument {

		static final String COLLECTION = "staff_accounts";

		Account {
			memberships = (memberships != null) ? List.copyOf(memberships) : List.of();
			outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
		}

	}

}
