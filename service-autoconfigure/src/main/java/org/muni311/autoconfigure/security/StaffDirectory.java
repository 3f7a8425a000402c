package org.muni311.autoconfigure.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.staff.StaffAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The staff accounts the clerk's room owns, as every instance of every service follows
 * them ({@link org.muni311.contracts.Topics#MUNICIPALITIES_STAFF}), so that an account
 * added on intake signs in on routing and notification at once. Held in memory (a few
 * bytes and a hash per person); an account with no membership left signs in nowhere.
 */
public final class StaffDirectory implements TopicView.Handler {

	private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<String, StaffAccount> accounts = new ConcurrentHashMap<>();

	@Override
	public void apply(String key, String value) {
		if (key == null) {
			return;
		}
		if (value == null) {
			this.accounts.remove(key);
			return;
		}
		StaffAccount account;
		try {
			account = this.json.readValue(value, new TypeReference<EventEnvelope<StaffAccount>>() {
			}).payload();
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			log.warn("Staff account {} could not be read; it is left as it was: {}", key, ex.toString());
			return;
		}
		if (account == null || !key.equals(account.username())) {
			return;
		}
		this.accounts.merge(key, account, (held, next) -> (next.version() >= held.version()) ? next : held);
	}

	/** The account {@code username} as Spring Security signs it in, if it may. */
	public Optional<UserDetails> find(String username) {
		StaffAccount account = this.accounts.get(username);
		if (account == null || account.passwordHash() == null || account.memberships().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(authorities(account))
			.build());
	}

	/**
	 * The authorities of {@code account}: roles by municipality, departments of crews.
	 */
	static List<GrantedAuthority> authorities(StaffAccount account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (StaffAccount.Membership membership : account.memberships()) {
			for (String role : membership.roles()) {
				StaffRole known = known(role);
				if (known != null && known != StaffRole.PLATFORM_ADMIN) {
					authorities.add(StaffAuthorities.role(known, membership.id()));
				}
			}
			membership.departments()
				.forEach((department) -> authorities.add(StaffAuthorities.department(department, membership.id())));
		}
		return authorities;
	}

	private static StaffRole known(String role) {
		try {
			return StaffRole.valueOf(role);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null; // a role a newer version knows: ignored here
		}
	}

}
