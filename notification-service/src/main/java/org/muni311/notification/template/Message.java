package org.muni311.notification.template;

/**
 * One notice rendered for one recipient.
 *
 * @param subject the email subject
 * @param text the plain text email body
 * @param html the HTML email body
 * @param sms the SMS text, short
 * @param senderName the display name of the sender: the municipality
 * @param replyTo where replies go: the municipality's contact address, or {@code null}
 */
public record Message(String subject, String text, String html, String sms, String senderName, String replyTo) {
}
