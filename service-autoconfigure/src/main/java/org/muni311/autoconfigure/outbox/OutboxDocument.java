package org.muni311.autoconfigure.outbox;

import java.util.List;

/**
 * A stored record that carries the events it owes. Implemented by the records a relay
 * serves, so that the field the relay reads ({@value #FIELD}) is the record's own
 * {@code outbox} component, checked by the compiler.
 */
public interface OutboxDocument {

	/** The document field holding the pending events. */
	String FIELD = "outbox";

	/** Events not yet published, in the order they must be sent. */
	List<OutboxEvent> outbox();

}
