package org.muni311.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.bson.Document;
import org.muni311.autoconfigure.tracing.CurrentTrace;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.ServiceRequestEscalated;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.notification.municipality.MunicipalityDirectory;
import org.muni311.notification.subscription.StoppedAddresses;
import org.muni311.notification.subscription.Subscriber;
import org.muni311.notification.subscription.Subscription;
import org.muni311.notification.subscription.SubscriptionProperties;
import org.muni311.notification.subscription.Subscriptions;
import org.muni311.notification.subscription.UnsubscribeTokens;
import org.muni311.notification.template.Message;
import org.muni311.notification.template.Notice;
import org.muni311.notification.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Decides who is told what: records one delivery per (event, recipient, channel) in the
 * delivery log and leaves the sending to the {@link Dispatchers}. Only store writes
 * happen on the Kafka consumer's thread. A notice that overtakes its request's reporter
 * is parked and delivered to everyone subscribed when the reporter arrives.
 */
@Service
public class StatusNotifier {

	private static final Logger log = LoggerFactory.getLogger(StatusNotifier.class);

	/**
	 * How long a message waits for this instance to read the municipalities after a
	 * start.
	 */
	private static final Duration CATCH_UP = Duration.ofSeconds(30);

	/** The kind of the first notice a reporter gets: the request's routing. */
	private static final String FIRST_NOTICE = "routed";

	/** The name of the span a notice is recorded in. */
	private static final String NOTIFY = "notify " + Topics.REQUESTS_STATUS_CHANGED;

	/** The name of the span a follow is registered in. */
	private static final String SUBSCRIBE = "register " + Topics.REQUESTS_SUBSCRIPTIONS;

	/** MongoDB's code of a write refused by a unique index. */
	private static final int DUPLICATE_KEY = 11000;

	/** The event id of a follower's confirmation message, before the follower's id. */
	private static final String CONFIRMATION = "confirm:";

	private final Subscriptions subscriptions;

	private final MongoTemplate mongo;

	private final Dispatchers dispatchers;

	private final Templates templates;

	private final UnsubscribeTokens tokens;

	private final MunicipalityDirectory municipalities;

	private final SenderProperties senders;

	private final JsonMapper json;

	private final Clock clock;

	private final StoppedAddresses stopped;

	private final SubscriptionProperties subscriptionRules;

	private final CurrentTrace trace;

	StatusNotifier(Subscriptions subscriptions, MongoTemplate mongo, Dispatchers dispatchers, Templates templates,
			UnsubscribeTokens tokens, MunicipalityDirectory municipalities, SenderProperties senders, JsonMapper json,
			Clock clock, StoppedAddresses stopped, SubscriptionProperties subscriptionRules, CurrentTrace trace) {
		this.trace = trace;
		this.stopped = stopped;
		this.subscriptionRules = subscriptionRules;
		this.subscriptions = subscriptions;
		this.mongo = mongo;
		this.dispatchers = dispatchers;
		this.templates = templates;
		this.tokens = tokens;
		this.municipalities = municipalities;
		this.senders = senders;
		this.json = json;
		this.clock = clock;
	}

	/** Tells the request's subscribers about a status change. */
	public void statusChanged(EventEnvelope<ServiceRequestStatusChanged> event) {
		Optional<Subscription> known = announce(Notice.of(event));
		// after the notice, which creates the subscription document if it came first
		this.subscriptions.statusChanged(event.tenant(), event.requestId(), event.payload().status(),
				event.occurredAt(), known);
	}

	/**
	 * Tells the subscribers of a poll's status changes, in a few store round trips for
	 * all: the known requests' subscriptions read by {@code _id $in}, their recipients'
	 * unsubscribed addresses read at once, the deliveries listed under their requests in
	 * one bulk write and recorded in one bulk insert. One request's changes are told in
	 * their order (a digest window one opens holds the next). A change of a request not
	 * known yet is parked as one alone would be, in its own request's trace.
	 */
	public void statusChanged(List<EventEnvelope<ServiceRequestStatusChanged>> events) {
		Map<String, List<EventEnvelope<ServiceRequestStatusChanged>>> byRequest = new LinkedHashMap<>();
		for (EventEnvelope<ServiceRequestStatusChanged> event : events) {
			byRequest.computeIfAbsent(Subscription.idOf(event.tenant(), event.requestId()), (id) -> new ArrayList<>())
				.add(event);
		}
		Map<String, Subscription> known = this.subscriptions.known(byRequest.keySet());
		Map<String, List<Subscriber.Contact>> contacts = new HashMap<>();
		known.values()
			.forEach((subscription) -> subscription.recipients()
				.stream()
				.map(Subscriber::contact)
				.filter(Objects::nonNull)
				.forEach((contact) -> contacts.computeIfAbsent(subscription.tenant(), (tenant) -> new ArrayList<>())
					.add(contact)));
		BiPredicate<String, Subscriber.Contact> stoppedNow = this.stopped.stoppedAmong(contacts);
		List<Planned> planned = new ArrayList<>();
		byRequest.forEach((id, theirs) -> {
			Subscription subscription = known.get(id);
			if (subscription == null) {
				theirs
					.forEach((event) -> this.trace.continued(event.traceParent(), NOTIFY, () -> statusChanged(event)));
				return;
			}
			Map<String, Instant> windows = new HashMap<>();
			for (EventEnvelope<ServiceRequestStatusChanged> event : theirs) {
				planned.add(plan(Notice.of(event), subscription, windows, stoppedNow, event.traceParent()));
			}
		});
		record(planned);
		byRequest.forEach((id, theirs) -> {
			Subscription subscription = known.get(id);
			if (subscription != null) {
				boolean closed = subscription.closedAt() != null;
				for (EventEnvelope<ServiceRequestStatusChanged> event : theirs) {
					closed = this.subscriptions.statusChanged(event.tenant(), event.requestId(),
							event.payload().status(), event.occurredAt(), closed);
				}
			}
		});
	}

	/** Tells the request's subscribers that it is overdue. */
	public void escalated(EventEnvelope<ServiceRequestEscalated> event) {
		announce(Notice.escalated(event));
	}

	/**
	 * Records a subscriber; once the request is known, delivers what was parked waiting
	 * for it.
	 */
	public void subscribed(EventEnvelope<ReporterSubscribed> event) {
		Optional<Subscription> registered = this.subscriptions.register(event);
		if (registered.isEmpty()) {
			return; // a follow refused: a follower never makes the request known
		}
		Subscription subscription = registered.get();
		Subscriber subscriber = subscription.everyone()
			.stream()
			.filter((s) -> s.id().equals(event.eventId()))
			.findFirst()
			.orElse(null);
		if (subscriber != null && subscriber.needsConfirmation()) {
			askToConfirm(event.tenant(), event.requestId(), subscriber);
		}
		if (subscription.subscribed()) {
			deliverParked(subscription);
		}
	}

	/**
	 * Registers a poll's subscriptions: reporters and callers together
	 * ({@link Subscriptions#registerAll}), then each follow alone, in order; every
	 * request that became known with notices parked has them delivered.
	 */
	public void subscribed(List<EventEnvelope<ReporterSubscribed>> events) {
		List<EventEnvelope<ReporterSubscribed>> reporters = new ArrayList<>();
		List<EventEnvelope<ReporterSubscribed>> follows = new ArrayList<>();
		for (EventEnvelope<ReporterSubscribed> event : events) {
			(Subscriptions.needsConfirmation(event) ? follows : reporters).add(event);
		}
		// what was parked is delivered in the trace of the subscription that released it
		Map<String, String> traces = new HashMap<>();
		reporters.forEach((event) -> traces.putIfAbsent(Subscription.idOf(event.tenant(), event.requestId()),
				event.traceParent()));
		this.subscriptions.registerAll(reporters).forEach((id, subscription) -> {
			if (subscription.subscribed() && !subscription.parkedEvents().isEmpty()) {
				this.trace.continued(traces.get(id), SUBSCRIBE, () -> deliverParked(subscription));
			}
		});
		follows.forEach((event) -> this.trace.continued(event.traceParent(), SUBSCRIBE, () -> subscribed(event)));
	}

	private void deliverParked(Subscription subscription) {
		List<String> delivered = new ArrayList<>();
		Map<String, Instant> windows = new HashMap<>();
		for (String parked : subscription.parkedEvents()) {
			deliver(parkedNotice(parked), subscription, windows);
			delivered.add(parked);
		}
		this.subscriptions.unpark(subscription, delivered);
	}

	private Notice parkedNotice(String parked) {
		return this.json.readValue(parked, Notice.class);
	}

	/**
	 * Delivers {@code notice}, or parks it until the request is known; returns the
	 * subscription as read before (empty when it was parked).
	 */
	private Optional<Subscription> announce(Notice notice) {
		Optional<Subscription> known = this.subscriptions.of(notice.tenant(), notice.requestId());
		if (known.isPresent()) {
			deliver(notice, known.get(), new HashMap<>());
			return known;
		}
		String parked = this.json.writeValueAsString(notice);
		Optional<Subscription> arrivedMeanwhile = this.subscriptions.parkUnlessSubscribed(notice.tenant(),
				notice.requestId(), parked);
		if (arrivedMeanwhile.isPresent()) {
			deliver(notice, arrivedMeanwhile.get(), new HashMap<>());
			this.subscriptions.unpark(arrivedMeanwhile.get(), List.of(parked));
		}
		return arrivedMeanwhile;
	}

	/**
	 * Records a delivery of {@code notice} to every recipient. The first to a recipient
	 * goes at once and opens a digest window; one within the window waits for its end, to
	 * go with the others as one message. {@code windows} holds the windows opened by
	 * earlier calls whose writes {@code subscription} predates.
	 */
	private void deliver(Notice notice, Subscription subscription, Map<String, Instant> windows) {
		record(List.of(plan(notice, subscription, windows, (tenant, contact) -> this.stopped.isStopped(tenant, contact),
				null)));
	}

	/**
	 * The deliveries of {@code notice} to {@code subscription}'s recipients, not yet
	 * written, and the digest windows they open (added to {@code windows}).
	 */
	private Planned plan(Notice notice, Subscription subscription, Map<String, Instant> windows,
			BiPredicate<String, Subscriber.Contact> stoppedNow, String traceParent) {
		Optional<MunicipalityConfiguration> municipality = this.municipalities.of(notice.tenant(), CATCH_UP);
		Instant now = this.clock.instant();
		Duration window = this.senders.digestWindowOf(notice.tenant());
		Map<String, Instant> opened = new HashMap<>();
		List<Delivery> deliveries = new ArrayList<>();
		for (Subscriber subscriber : subscription.recipients()) {
			Instant confirmed = subscriber.needsConfirmation() ? subscription.confirmedAt(subscriber.id()) : null;
			if (!this.dispatchers.serves(subscriber.contact().channel())
					|| !mayTell(notice.tenant(), subscriber.contact(), stoppedNow)
					|| (confirmed != null && notice.occurredAt().isBefore(confirmed))) {
				// a follower hears of nothing from before they confirmed (a replay
				// included)
				continue;
			}
			Instant open = windows.getOrDefault(subscriber.id(), subscription.digestUntil(subscriber.id()));
			Instant held = (open != null && open.isAfter(now)) ? open : null;
			if (held == null && !window.isZero() && !window.isNegative()) {
				opened.put(subscriber.id(), now.plus(window));
			}
			deliveries.add(delivery(notice, subscriber, municipality, now, held));
		}
		windows.putAll(opened);
		return new Planned(notice, deliveries, opened, traceParent);
	}

	/**
	 * Lists the deliveries of {@code planned} under their requests (before they exist, so
	 * that the log misses none), records them, and hands each new one to its sender; a
	 * redelivered event's are recorded already, sent or on their way.
	 */
	private void record(List<Planned> planned) {
		this.subscriptions.logDeliveries(planned.stream()
			.map((plan) -> new Subscriptions.DeliveryLog(plan.notice().tenant(), plan.notice().requestId(),
					plan.deliveries().stream().map(Delivery::id).toList(), plan.opened()))
			.toList());
		List<Delivery> all = planned.stream().flatMap((plan) -> plan.deliveries().stream()).toList();
		for (Delivery delivery : insertNew(all)) {
			this.dispatchers.recorded(delivery);
		}
		for (Planned plan : planned) {
			Notice notice = plan.notice();
			this.trace.continued(plan.traceParent(), NOTIFY,
					() -> log.info("{} {} notice(s) of request {} recorded (event {})", plan.deliveries().size(),
							notice.kind(), notice.requestId(), notice.eventId()));
		}
	}

	/**
	 * Records {@code deliveries} in one unordered bulk insert and returns those this call
	 * recorded. A redelivered event's are recorded already, and another consumer thread
	 * or instance may record some meanwhile (a notice parked and delivered from both
	 * sides, a rebalance): the insert then meets duplicates, and this call's own are
	 * those stored with its {@code updatedAt} (one the store did not take at all is
	 * inserted alone). Only those are handed on: the sender claims a delivery on the
	 * {@code updatedAt} it was handed, and handing on the other's copy overwrote it in
	 * the sender's memory, so the claim failed and left the message to the recovery pass,
	 * minutes later.
	 */
	private List<Delivery> insertNew(List<Delivery> deliveries) {
		Map<String, Delivery> fresh = new LinkedHashMap<>();
		deliveries.forEach((delivery) -> fresh.putIfAbsent(delivery.id(), delivery));
		List<Delivery> inserted = new ArrayList<>(fresh.values());
		if (inserted.isEmpty()) {
			return inserted;
		}
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class).insert(inserted).execute();
			return inserted;
		}
		catch (BulkOperationException ex) {
			if (!ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				throw ex;
			}
		}
		Map<String, Instant> stored = recordedAt(fresh.keySet());
		List<Delivery> ours = new ArrayList<>();
		for (Delivery delivery : inserted) {
			Instant at = stored.get(delivery.id());
			if ((at != null) ? at.equals(delivery.updatedAt().truncatedTo(ChronoUnit.MILLIS))
					: insertedAlone(delivery)) {
				ours.add(delivery);
			}
		}
		return ours;
	}

	/** The {@code updatedAt} of those of {@code ids} that are recorded, by id. */
	private Map<String, Instant> recordedAt(Collection<String> ids) {
		Query recorded = Query.query(Criteria.where("_id").in(ids));
		recorded.fields().include("updatedAt");
		Map<String, Instant> found = new HashMap<>();
		for (Document document : this.mongo.find(recorded, Document.class, Delivery.COLLECTION)) {
			Date at = document.getDate("updatedAt");
			found.put(document.getString("_id"), (at != null) ? at.toInstant() : Instant.EPOCH);
		}
		return found;
	}

	private boolean insertedAlone(Delivery delivery) {
		try {
			this.mongo.insert(delivery);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** A notice's deliveries, planned before any is written. */
	private record Planned(Notice notice, List<Delivery> deliveries, Map<String, Instant> opened, String traceParent) {
	}

	/**
	 * Sends a follower the one message they get before they confirm: a link to confirm
	 * (double opt-in). Recorded once per follower, so a redelivered subscription sends it
	 * once.
	 */
	private void askToConfirm(String tenant, String requestId, Subscriber follower) {
		Subscriber.Contact contact = follower.contact();
		if (contact == null || !this.dispatchers.serves(contact.channel()) || !mayTell(tenant, contact)) {
			return;
		}
		Optional<MunicipalityConfiguration> municipality = this.municipalities.of(tenant, CATCH_UP);
		boolean fr = "fr".equals(follower.language());
		String name = municipality.map((m) -> m.text(m.name(), fr ? "fr" : "en")).orElse(tenant);
		String link = this.tokens.confirmLink(tenant, requestId, follower.id());
		String subject = fr ? "Demande " + requestId + " : confirmez pour recevoir des nouvelles"
				: "Request " + requestId + ": confirm to receive updates";
		String text = fr
				? "Quelqu'un a demandé que cette adresse reçoive des nouvelles de la demande " + requestId
						+ ". Pour les recevoir, ouvrez ce lien et confirmez : " + link
						+ "\nSinon, ne faites rien : vous ne recevrez rien d'autre."
				: "Someone asked for this address to receive updates about request " + requestId
						+ ". To receive them, open this link and confirm: " + link
						+ "\nOtherwise do nothing: you will receive nothing else.";
		String html = "<!DOCTYPE html><html lang=\"" + (fr ? "fr" : "en") + "\"><body><p>"
				+ HtmlUtils.htmlEscape(text.substring(0, text.indexOf(link))) + "<a href=\""
				+ HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(link) + "</a>"
				+ HtmlUtils.htmlEscape(text.substring(text.indexOf(link) + link.length())) + "</p></body></html>";
		String sms = name + ": " + (fr ? "confirmez pour recevoir des nouvelles de la demande "
				: "confirm to receive " + "updates about request ") + requestId + " " + link;
		String replyTo = municipality.map(MunicipalityConfiguration::contact)
			.map(MunicipalityConfiguration.Contact::email)
			.orElse(null);
		Instant now = this.clock.instant();
		Delivery delivery = new Delivery(Delivery.idOf(CONFIRMATION + follower.id(), contact.channel(), follower.id()),
				tenant, requestId, CONFIRMATION + follower.id(), Delivery.CONFIRMATION_KIND, contact.channel(),
				follower.id(), contact.address(), null, follower.language(),
				new Message(subject, text, html, sms, name, replyTo), null, DeliveryState.PENDING, 0, null, now, now,
				null, null, null);
		this.subscriptions.logDeliveries(tenant, requestId, List.of(delivery.id()), Map.of());
		try {
			this.mongo.insert(delivery);
		}
		catch (DuplicateKeyException ex) {
			return; // a redelivered subscription: asked already
		}
		this.dispatchers.recorded(delivery);
	}

	/**
	 * Whether anything may be sent to {@code contact}: not an address that unsubscribed,
	 * not a text message outside the allowed country codes.
	 */
	private boolean mayTell(String tenant, Subscriber.Contact contact) {
		return mayTell(tenant, contact, (theirs, address) -> this.stopped.isStopped(theirs, address));
	}

	private boolean mayTell(String tenant, Subscriber.Contact contact,
			BiPredicate<String, Subscriber.Contact> stoppedNow) {
		if (Subscriber.Contact.SMS.equals(contact.channel()) && !this.subscriptionRules.smsAllowed(contact.address())) {
			return false;
		}
		return !stoppedNow.test(tenant, contact);
	}

	private Delivery delivery(Notice notice, Subscriber subscriber, Optional<MunicipalityConfiguration> municipality,
			Instant now, Instant held) {
		Subscriber.Contact contact = subscriber.contact();
		String unsubscribe = this.tokens.link(notice.tenant(), notice.requestId(), subscriber.id());
		Message content = this.templates.render(notice, subscriber.language(), municipality, unsubscribe);
		Instant quiet = Subscriber.Contact.SMS.equals(contact.channel())
				? quietUntil(notice.tenant(), municipality, now) : null;
		Instant notBefore = (quiet != null && (held == null || quiet.isAfter(held))) ? quiet : held;
		return new Delivery(Delivery.idOf(notice.eventId(), contact.channel(), subscriber.id()), notice.tenant(),
				notice.requestId(), notice.eventId(), notice.kind(), contact.channel(), subscriber.id(),
				contact.address(), notice, subscriber.language(), content, unsubscribe, DeliveryState.PENDING, 0, null,
				notice.occurredAt(), now, notBefore, firstNotice(notice, subscriber) ? subscriber.since() : null, null);
	}

	/** Whether {@code notice} is the first a reporter or caller hears: the routing. */
	private static boolean firstNotice(Notice notice, Subscriber subscriber) {
		return !ReporterSubscribed.FOLLOWER.equals(subscriber.role()) && FIRST_NOTICE.equals(notice.kind());
	}

	private Instant quietUntil(String tenant, Optional<MunicipalityConfiguration> municipality, Instant now) {
		LocalTime[] quiet = this.senders.sms().quietHoursOf(tenant);
		if (quiet == null) {
			return null;
		}
		ZoneId zone = municipality.map(MunicipalityConfiguration::timeZone).map(ZoneId::of).orElse(ZoneId.of("UTC"));
		return QuietHours.sendableAfter(now, zone, quiet[0], quiet[1]);
	}

}
