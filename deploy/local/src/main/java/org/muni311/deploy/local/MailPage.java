package org.muni311.deploy.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A page listing every mail the local SMTP server received, newest first, so a person can read them. */
final class MailPage implements AutoCloseable {

	private final HttpServer server;

	private MailPage(HttpServer server) {
		this.server = server;
	}

	static MailPage start(GreenMail smtp, int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			server.createContext("/", (exchange) -> {
				byte[] page = render(smtp).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(page);
				}
			});
			server.start();
			return new MailPage(server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot serve the mail page on port " + port, ex);
		}
	}

	private static String render(GreenMail smtp) {
		StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Muni311 local mail</title></head><body><h1>Mail sent by Muni311</h1>");
		MimeMessage[] messages = smtp.getReceivedMessages();
		html.append("<p>").append(messages.length).append(" message(s)</p>");
		for (int i = messages.length - 1; i >= 0; i--) {
			try {
				html.append("<article><h2>")
					.append(escape(messages[i].getSubject()))
					.append("</h2><p>To: ")
					.append(escape(messages[i].getAllRecipients()[0].toString()))
					.append("</p><pre>")
					.append(escape(GreenMailUtil.getBody(messages[i])))
					.append("</pre></article>");
			}
			catch (MessagingException ex) {
				html.append("<p>(unreadable message)</p>");
			}
		}
		return html.append("</body></html>").toString();
	}

	private static String escape(String text) {
		return (text == null) ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
