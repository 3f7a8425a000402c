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
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every answer
 * (blank: none)
 * @param formPaths the paths of forms posted without signing in (the resident pages,
 * unsubscribing), where a post from another site is refused
 * @param trustedOrigins other origins whose pages may post those forms
 * ({@code https://www.city.example}), beside the service's own
 */
@Validated
@ConfigurationProperties("muni311.security")
public record StaffSecurityProperties(@NotNull @DefaultValue List<@Valid @NotNull LocalUser> users,
		@NotNull @Valid @DefaultValue Jwt jwt, @NotNull @DefaultValue(PageSafety.POLICY) String contentSecurityPolicy,
		@DefaultValue List<@NotBlank String> formPaths, @NotNull @DefaultValue List<@NotBlank String> trustedOrigins) {

	/**
	 * The resident forms unless {@code muni311.security.form-paths} names others. (Not a
	 * {@code @DefaultValue} string: bound to a list of annotated elements, Spring kept
	 * "/m/**,/unsubscribe/**" as one path, which matched nothing.)
	 */
	static final List<String> RESIDENT_FORMS = List.of("/m/**", "/unsubscribe/**");

	public StaffSecurityProperties {
		formPaths = (formPaths == null || formPaths.isEmpty()) ? RESIDENT_FORMS : formPaths;
	}

	/**
	 * A staff member known to this service only.
	 *
	 * @param username the name to sign in with, also written into audit fields
	 * @param password in Spring Security's {@code DelegatingPasswordEncoder} format:
	 * {@code {bcrypt}$2a$10$...}, or {@code {noop}secret} for local development only
	 * @param roles roles that hold in every municipality: only
	 * {@link StaffRole#PLATFORM_ADMIN} may be given here
	 * @param municipalities the roles the user holds in each municipality (a platform
	 * administrator needs none)
	 */
	public record LocalUser(@NotBlank String username,
			@NotBlank @Pattern(regexp = "\\{[^}]+}.+",
					message = "must name its encoding, such as {bcrypt}$2a$10$... or {noop}secret") String password,
			@NotNull @DefaultValue List<@NotNull StaffRole> roles,
			@NotNull @DefaultValue List<@Valid @NotNull Membership> municipalities) {

		public LocalUser {
			for (StaffRole role : roles) {
				if (role != StaffRole.PLATFORM_ADMIN) {
					throw new IllegalArgumentException("User " + username + ": " + role
							+ " holds in a municipality: give it under municipalities (id, roles), not under roles");
				}
			}
		}

	}

	/**
	 * What a staff member does in one municipality.
	 *
	 * @param id the municipality's jurisdiction id
	 * @param roles the roles held there ({@link StaffRole#PLATFORM_ADMIN} holds
	 * everywhere and is not one of them)
	 * @param departments the departments a {@link StaffRole#CREW} member works for there:
	 * it sees and changes only their work items (a supervisor sees the whole
	 * municipality's)
	 */
	public record Membership(@NotBlank String id, @NotNull @DefaultValue List<@NotNull StaffRole> roles,
			@NotNull @DefaultValue List<@NotBlank String> departments) {

		public Membership {
			if (roles.contains(StaffRole.PLATFORM_ADMIN)) {
				throw new IllegalArgumentException("PLATFORM_ADMIN holds in every municipality: give it under the "
						+ "user's roles, not in municipality " + id);
			}
		}

	}

	/**
	 * The claims of a Bearer JWT read for staff. Claim names are taken as they are, not
	 * as paths, so that namespaced claims such as {@code https://muni311.org/roles} work.
	 *
	 * @param rolesClaim a list of roles that hold everywhere: only {@code PLATFORM_ADMIN}
	 * ({@code ROLE_} prefix allowed) counts; other values are ignored, as identity
	 * providers put their own roles in the same claim
	 * @param municipalitiesClaim an object from jurisdiction id to the roles held there,
	 * such as {@code {"demo.muni311.org": ["AGENT"], "b.example":
	 * ["MUNICIPALITY_ADMIN"]}}
	 * @param departmentsClaim an object from jurisdiction id to the departments a crew
	 * member works for there, such as {@code {"demo.muni311.org": ["roads"]}}
	 * @param nameClaim the staff member's name for audit fields, such as
	 * {@code preferred_username} or {@code email}
	 * @param audience the audiences ({@code aud}) a token must name one of, such as the
	 * client id the identity provider gave Muni311: a token issued to another application
	 * of the same provider is refused. Required when Bearer tokens are accepted
	 */
	public record Jwt(@NotBlank @DefaultValue("roles") String rolesClaim,
			@NotBlank @DefaultValue("municipalities") String municipalitiesClaim,
			@NotBlank @DefaultValue("departments") String departmentsClaim,
			@NotBlank @DefaultValue("sub") String nameClaim, @NotNull @DefaultValue List<@NotBlank String> audience) {
	}

}
