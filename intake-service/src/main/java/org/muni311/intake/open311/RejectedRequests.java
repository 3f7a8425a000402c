package org.muni311.intake.open311;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request the security firewall refuses (a {@code ;}, an encoded slash or dot
 * segment in the path) with a 400 in the Open311 error shape when it was an Open311 call,
 * so clients can read it; other paths get the firewall's plain 400.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	private final Open311Response response;

	private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();

	RejectedRequests(JsonMapper json) {
		this.response = new Open311Response(json);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException, ServletException {
		if (!request.getRequestURI().startsWith(Open311Paths.BASE)) {
			this.others.handle(request, response, rejected);
			return;
		}
		Format format = Format.ofPath(request.getRequestURI());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(format.mediaType().toString());
		response.getOutputStream()
			.write(this.response.bytes(format, "errors", "error", List.of(new Open311Error(400,
					"The path is not acceptable (no ';', encoded '/' or '..' segments): " + rejected.getMessage()))));
	}

}
