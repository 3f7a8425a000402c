package org.muni311.notification.subscription;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link in every message. It needs no sign-in: the token in the path is
 * the proof. Opening the link only shows a button, because mail scanners open links too;
 * the button (or a mail client's RFC 8058 one-click {@code POST}) unsubscribes.
 */
@RestController
class UnsubscribeController {

	private final UnsubscribeTokens tokens;

	private final Subscriptions subscriptions;

	UnsubscribeController(UnsubscribeTokens tokens, Subscriptions subscriptions) {
		this.tokens = tokens;
		this.subscriptions = subscriptions;
	}

	@GetMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(@PathVariable String token) {
		if (this.tokens.read(token).isEmpty()) {
			return page(HttpStatus.NOT_FOUND, "This link is not valid. / Ce lien n'est pas valide.");
		}
		return page(HttpStatus.OK,
				"<form method=\"post\" action=\"/unsubscribe/" + HtmlUtils.htmlEscape(token)
						+ "\"><button type=\"submit\">Stop updates about this request / Ne plus recevoir de nouvelles"
						+ "</button></form>");
	}

	@PostMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> unsubscribe(@PathVariable String token) {
		boolean done = this.tokens.read(token).map(this.subscriptions::unsubscribe).orElse(false);
		if (!done) {
			return page(HttpStatus.NOT_FOUND, "This link is not valid. / Ce lien n'est pas valide.");
		}
		return page(HttpStatus.OK, "You will receive no more updates about this request. / Vous ne recevrez plus "
				+ "de nouvelles de cette demande.");
	}

	/**
	 * A follower's confirmation link: opening it only shows a button (mail scanners open
	 * links), pressing it confirms.
	 */
	@GetMapping(path = "/confirm/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirmForm(@PathVariable String token) {
		if (this.tokens.readConfirmation(token).isEmpty()) {
			return page(HttpStatus.NOT_FOUND, "This link is not valid. / Ce lien n'est pas valide.");
		}
		return page(HttpStatus.OK,
				"<form method=\"post\" action=\"/confirm/" + HtmlUtils.htmlEscape(token)
						+ "\"><button type=\"submit\">Yes, send me updates about this request / Oui, envoyez-moi "
						+ "des nouvelles de cette demande</button></form>");
	}

	@PostMapping(path = "/confirm/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirmFollower(@PathVariable String token) {
		boolean done = this.tokens.readConfirmation(token).map(this.subscriptions::confirm).orElse(false);
		if (!done) {
			return page(HttpStatus.NOT_FOUND, "This link is not valid. / Ce lien n'est pas valide.");
		}
		return page(HttpStatus.OK,
				"You will receive updates about this request. / Vous recevrez des nouvelles de " + "cette demande.");
	}

	private static ResponseEntity<String> page(HttpStatus status, String body) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Muni311</title></head><body><p>" + body
					+ "</p></body></html>");
	}

}
