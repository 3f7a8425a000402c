package org.muni311.intake.open311;

import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every other path under {@code /open311/v2}: a known resource called with another method
 * is a 405 with its {@code Allow}, anything else a 404, both in the Open311 error shape
 * of the path's extension (Spring's own would be a problem detail or an HTML page, which
 * Open311 clients cannot parse).
 */
@RestController
@Hidden
class Open311Paths {

	static final String BASE = "/open311/v2";

	private static final List<Resource> RESOURCES = List.of(new Resource("discovery\\.[^/]+", "GET"),
			new Resource("services\\.[^/]+", "GET"), new Resource("services/[^/]+\\.[^/]+", "GET"),
			new Resource("requests\\.[^/]+", "GET, POST"), new Resource("requests/[^/]+\\.[^/]+", "GET"),
			new Resource("tokens/[^/]+\\.[^/]+", "GET"), new Resource("servicerequestupdates\\.[^/]+", "GET"));

	@RequestMapping({ BASE, BASE + "/**" })
	void elsewhere(HttpServletRequest request) {
		String path = request.getRequestURI()
			.substring(Math.min(request.getRequestURI().length(), request.getContextPath().length() + BASE.length()));
		String resource = path.startsWith("/") ? path.substring(1) : path;
		for (Resource known : RESOURCES) {
			if (known.path().matcher(resource).matches()) {
				throw new Open311Exception(HttpStatus.METHOD_NOT_ALLOWED,
						List.of(request.getMethod() + " is not allowed here; use " + known.allow()), known.allow());
			}
		}
		throw new Open311Exception(HttpStatus.NOT_FOUND,
				"No Open311 resource at " + BASE + path + ": see discovery.json for the methods served");
	}

	private record Resource(Pattern path, String allow) {

		Resource(String path, String allow) {
			this(Pattern.compile(path), allow);
		}

	}

}
