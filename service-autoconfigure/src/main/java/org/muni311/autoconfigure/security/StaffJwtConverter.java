package org.muni311.autoconfigure.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified Bearer JWT into the same authorities a local user has: its roles claim
 * into {@link StaffRole}s, its municipalities claim into municipality authorities. Values
 * that name no staff role are dropped: identity providers put their own roles
 * ({@code offline_access}, ...) in the same claim.
 */
class StaffJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final StaffSecurityProperties.Jwt claims;

	StaffJwtConverter(StaffSecurityProperties.Jwt claims) {
		this.claims = claims;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<StaffRole> roles = new ArrayList<>();
		for (String value : strings(jwt, this.claims.rolesClaim())) {
			String name = value.startsWith(StaffAuthorities.ROLE_PREFIX)
					? value.substring(StaffAuthorities.ROLE_PREFIX.length()) : value;
			for (StaffRole role : StaffRole.values()) {
				if (role.name().equals(name) && !roles.contains(role)) {
					roles.add(role);
				}
			}
		}
		List<String> municipalities = strings(jwt, this.claims.municipalitiesClaim());
		String name = jwt.getClaimAsString(this.claims.nameClaim());
		return new JwtAuthenticationToken(jwt, StaffAuthorities.of(roles, municipalities),
				(name != null) ? name : jwt.getSubject());
	}

	private static List<String> strings(Jwt jwt, String claim) {
		if (!jwt.hasClaim(claim)) {
			return List.of();
		}
		Collection<String> values = jwt.getClaimAsStringList(claim);
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
