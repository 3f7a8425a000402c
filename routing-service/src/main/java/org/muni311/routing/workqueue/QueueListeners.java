package org.muni311.routing.workqueue;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Who is told of each change made to a work item (the live queues): the changes this
 * instance makes, and those other instances make, which {@link QueueChangeFeed} shares
 * between them.
 */
@Component
public class QueueListeners {

	private static final Logger log = LoggerFactory.getLogger(QueueListeners.class);

	private final Set<BiConsumer<WorkItem, WorkItem>> listeners = new CopyOnWriteArraySet<>();

	private volatile BiConsumer<WorkItem, WorkItem> others = (before, after) -> {
	};

	/**
	 * Adds {@code listener}, told each change as the item was before it ({@code null} for
	 * a new item) and after; returns what removes it. Both, so that a queue hears of an
	 * item reassigned away from it.
	 */
	public Runnable listen(BiConsumer<WorkItem, WorkItem> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	/** Sends the changes made here on to the other instances too. */
	void share(BiConsumer<WorkItem, WorkItem> feed) {
		this.others = feed;
	}

	/** A change made through this instance: told here, and shared with the others. */
	void changed(WorkItem before, WorkItem after) {
		tell(before, after);
		this.others.accept(before, after);
	}

	/** Tells this instance's listeners of a change. */
	void tell(WorkItem before, WorkItem after) {
		for (BiConsumer<WorkItem, WorkItem> listener : this.listeners) {
			try {
				listener.accept(before, after);
			}
			catch (RuntimeException ex) {
				log.debug("A queue listener failed; it is dropped: {}", ex.toString());
				this.listeners.remove(listener);
			}
		}
	}

}
