package org.muni311.autoconfigure.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff sign-in ({@code muni311.security.*}). With no users and no JWT issuer configured
 * nobody can sign in, and {@code /admin/**} answers 401 to everyone.
 *
 * @param users local users, signing in with HTTP Basic: for the embedded platform and
 * development. Production signs staff in through an OpenID Connect provider instead
 * ({@code spring.security.oauth2.resourceserver.jwt.*})
 * @param jwt where a Bearer token carries a staff member's roles, municipalities and name
 */
@Validated
@ConfigurationProperties("muni311.security")
public record StaffSecurityProperties(@NotNull @DefaultValue List<@Valid @NotNull LocalUser> users,
		@NotNull @Valid @DefaultValue Jwt jwt) {

	/**
	 * A staff member known to this service only.
	 *
	 * @param username the name to sign in with, also written into audit fields
	 * @param password in Spring Security's {@code DelegatingPasswordEncoder} format:
	 * {@code {bcrypt}$2a$10$...}, or {@code {noop}secret} for local development only
	 * @param roles what the user may do
	 * @param municipalities the jurisdiction ids the roles hold in (a platform
	 * administrator needs none)
	 */
	public record LocalUser(@NotBlank String username,
			@NotBlank @Pattern(regexp = "\\{[^}]+}.+",
					message = "must name its encoding, such as {bcrypt}$2a$10$... or {noop}secret") String password,
			@NotNull @DefaultValue List<@NotNull StaffRole> roles,
			@NotNull @DefaultValue List<@NotBlank String> municipalities) {
	}

	/**
	 * The claims of a Bearer JWT read for staff. Claim names are taken as they are, not
	 * as paths, so that namespaced claims such as {@code https://muni311.org/roles} work.
	 *
	 * @param rolesClaim a list of {@link StaffRole} names ({@code ROLE_} prefix allowed);
	 * other values are ignored, as identity providers put their own roles in the same
	 * claim
	 * @param municipalitiesClaim a list of jurisdiction ids
	 * @param nameClaim the staff member's name for audit fields, such as
	 * {@code preferred_username} or {@code email}
	 */
	public record Jwt(@NotBlank @DefaultValue("roles") String rolesClaim,
			@NotBlank @DefaultValue("municipalities") String municipalitiesClaim,
			@NotBlank @DefaultValue("sub") String nameClaim) {
	}

}
