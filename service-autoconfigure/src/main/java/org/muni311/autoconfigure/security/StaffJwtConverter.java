package org.muni311.autoconfigure.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified Bearer JWT into the same authorities a local user has: the roles claim
 * names the platform administrator ({@code PLATFORM_ADMIN}), the municipalities claim the
 * roles held in each municipality ({@code {"demo.muni311.org": ["AGENT"], "b.example":
 * ["MUNICIPALITY_ADMIN"]}}), the departments claim the departments a crew member works
 * for in each ({@code {"demo.muni311.org": ["roads"]}}). Values that name no staff role
 * are dropped: identity providers put their own roles ({@code offline_access}, ...) in
 * the same claims. A role in the roles claim other than {@code PLATFORM_ADMIN} names no
 * municipality and gives nothing; so does a municipalities claim that is a list.
 */
class StaffJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final StaffSecurityProperties.Jwt claims;

	StaffJwtConverter(StaffSecurityProperties.Jwt claims) {
		this.claims = claims;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		boolean platformAdmin = strings(jwt.getClaims().get(this.claims.rolesClaim())).stream()
			.map(StaffJwtConverter::role)
			.anyMatch((role) -> role.orElse(null) == StaffRole.PLATFORM_ADMIN);
		Map<String, List<StaffRole>> roles = new LinkedHashMap<>();
		perMunicipality(jwt, this.claims.municipalitiesClaim()).forEach((jurisdictionId, values) -> {
			List<StaffRole> held = new ArrayList<>();
			for (String value : values) {
				role(value).filter((role) -> role != StaffRole.PLATFORM_ADMIN && !held.contains(role))
					.ifPresent(held::add);
			}
			roles.put(jurisdictionId, held);
		});
		Map<String, List<String>> departments = perMunicipality(jwt, this.claims.departmentsClaim());
		String name = jwt.getClaimAsString(this.claims.nameClaim());
		return new JwtAuthenticationToken(jwt, StaffAuthorities.of(platformAdmin, roles, departments),
				(name != null) ? name : jwt.getSubject());
	}

	private static Optional<StaffRole> role(String value) {
		String name = value.startsWith(StaffAuthorities.ROLE_PREFIX)
				? value.substring(StaffAuthorities.ROLE_PREFIX.length()) : value;
		for (StaffRole role : StaffRole.values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/**
	 * The claim as an object from jurisdiction id to a list of strings; empty otherwise.
	 */
	private static Map<String, List<String>> perMunicipality(Jwt jwt, String claim) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (jwt.getClaims().get(claim) instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if (key instanceof String jurisdictionId && !jurisdictionId.isBlank()) {
					values.put(jurisdictionId, strings(value));
				}
			});
		}
		return values;
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> collection) {
			return collection.stream().filter(Objects::nonNull).map(Object::toString).toList();
		}
		return (value instanceof String string) ? List.of(string) : List.of();
	}

}
