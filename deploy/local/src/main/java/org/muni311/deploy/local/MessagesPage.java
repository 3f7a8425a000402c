package org.muni311.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the platform sent, for a person to read: a page listing every mail the local SMTP
 * server received and every text message, newest first. It is also the local SMS gateway:
 * notification posts texts to {@code /sms/messages} as to a real one ({@code {to, from,
 * text, reference}}, an {@code Idempotency-Key} honoured), and they are kept here instead
 * of sent.
 */
final class MessagesPage implements AutoCloseable {

	/** Where notification finds the local SMS gateway, under this page's address. */
	static final String SMS_PATH = "/sms";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Text> texts = new CopyOnWriteArrayList<>();

	private final Map<String, Boolean> keys = new ConcurrentHashMap<>();

	private MessagesPage(HttpServer server) {
		this.server = server;
	}

	static MessagesPage start(GreenMail smtp, int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			MessagesPage page = new MessagesPage(server);
			server.createContext(SMS_PATH + "/messages", page::receiveText);
			server.createContext("/", (exchange) -> answer(exchange, 200, "text/html", page.render(smtp)));
			server.start();
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot serve the messages page on port " + port, ex);
		}
	}

	/** The text messages received, oldest first. */
	List<Text> texts() {
		return List.copyOf(this.texts);
	}

	private void receiveText(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			answer(exchange, 405, "application/json", "{\"error\": \"POST a message\"}");
			return;
		}
		JsonNode body;
		try (InputStream in = exchange.getRequestBody()) {
			body = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			answer(exchange, 400, "application/json", "{\"error\": \"not JSON\"}");
			return;
		}
		if (body == null || !body.hasNonNull("to") || !body.hasNonNull("text")) {
			answer(exchange, 400, "application/json", "{\"error\": \"to and text are required\"}");
			return;
		}
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		if (key == null || this.keys.putIfAbsent(key, Boolean.TRUE) == null) {
			this.texts.add(new Text(body.get("to").asString(), body.path("from").asString(""),
					body.get("text").asString(), Instant.now()));
		}
		answer(exchange, 202, "application/json", "{\"status\": \"accepted\"}");
	}

	private String render(GreenMail smtp) {
		StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Muni311 local messages</title></head><body><h1>Messages sent by Muni311</h1>");
		MimeMessage[] messages = smtp.getReceivedMessages();
		html.append("<h2>Mail</h2><p>").append(messages.length).append(" message(s)</p>");
		for (int i = messages.length - 1; i >= 0; i--) {
			try {
				html.append("<article><h3>")
					.append(escape(messages[i].getSubject()))
					.append("</h3><p>To: ")
					.append(escape(messages[i].getAllRecipients()[0].toString()))
					.append("</p><pre>")
					.append(escape(GreenMailUtil.getBody(messages[i])))
					.append("</pre></article>");
			}
			catch (MessagingException ex) {
				html.append("<p>(unreadable message)</p>");
			}
		}
		List<Text> all = texts();
		html.append("<h2>Text messages</h2><p>").append(all.size()).append(" message(s)</p>");
		for (int i = all.size() - 1; i >= 0; i--) {
			html.append("<article><h3>To ")
				.append(escape(all.get(i).to()))
				.append("</h3><p>")
				.append(escape(all.get(i).text()))
				.append("</p></article>");
		}
		return html.append("</body></html>").toString();
	}

	private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String escape(String text) {
		return (text != null) ? text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") : "";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One text message as the gateway took it.
	 *
	 * @param to the number
	 * @param from the sender id
	 * @param text what it says
	 * @param at when it was taken
	 */
	record Text(String to, String from, String text, Instant at) {
	}

}
