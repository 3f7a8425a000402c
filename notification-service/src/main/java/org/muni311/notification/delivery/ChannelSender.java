package org.muni311.notification.delivery;

import java.util.List;
import java.util.Map;

/** Hands messages of one channel to its provider (mail server, SMS gateway). */
interface ChannelSender {

	/** The channel, as in {@link Delivery#channel()}. */
	String channel();

	/**
	 * Sends {@code deliveries}; returns those that failed, by delivery id. Must not throw
	 * for a provider that is down: that is a transient failure of every delivery not
	 * sent.
	 */
	Map<String, Failure> send(List<Delivery> deliveries);

}
