package org.muni311.deploy.testsupport.indexaudit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The queries and index declarations of this test JVM, recorded from the driver's
 * commands: one per JVM ({@link #instance()}), since a JVM's test contexts share the
 * store. Its {@link #listener()} records; {@link #unservedSinceLastCheck()} judges what
 * came since the last check.
 */
public final class QueryAudit {

	private static final QueryAudit INSTANCE = new QueryAudit(false);

	/** The callers of each query, by database and shape. */
	private final Map<Key, Set<Caller>> queries = new LinkedHashMap<>();

	/** The indexes declared, by database and collection. */
	private final Map<String, Map<String, DeclaredIndex>> indexes = new TreeMap<>();

	private final Set<String> checked = new LinkedHashSet<>();

	private final CommandListener listener = new CommandListener() {
		@Override
		public void commandStarted(CommandStartedEvent event) {
			record(event.getDatabaseName(), event.getCommandName(), event.getCommand());
		}
	};

	/**
	 * Whether queries the tests themselves send are judged too (the audit's own tests).
	 */
	private final boolean judgeTests;

	QueryAudit(boolean judgeTests) {
		this.judgeTests = judgeTests;
	}

	/** The audit of this JVM. */
	public static QueryAudit instance() {
		return INSTANCE;
	}

	/** The command listener to register on every client of the application under test. */
	public static CommandListener listener() {
		return INSTANCE.listener;
	}

	/** Records what {@code command} asks, if it is a query or declares indexes. */
	void record(String database, String name, BsonDocument command) {
		switch (name) {
			case "find" -> queried(database, name, command.get("find"), command.getDocument("filter", null),
					command.getDocument("sort", null));
			case "count", "distinct" ->
				queried(database, name, command.get(name), command.getDocument("query", null), null);
			case "findAndModify" -> queried(database, name, command.get(name), command.getDocument("query", null),
					command.getDocument("sort", null));
			case "update", "delete" -> {
				String statements = name.equals("update") ? "updates" : "deletes";
				for (BsonValue statement : command.getArray(statements, new BsonArray())) {
					queried(database, name, command.get(name), statement.asDocument().getDocument("q", null), null);
				}
			}
			case "aggregate" -> aggregated(database, command);
			case "createIndexes" -> declared(database, command);
			default -> {
			}
		}
	}

	private void aggregated(String database, BsonDocument command) {
		BsonDocument match = null;
		BsonDocument sort = null;
		List<BsonValue> stages = command.getArray("pipeline", new BsonArray());
		int next = 0;
		if (next < stages.size() && stages.get(next).asDocument().containsKey("$match")) {
			match = stages.get(next++).asDocument().getDocument("$match");
		}
		if (next < stages.size() && stages.get(next).asDocument().containsKey("$sort")) {
			sort = stages.get(next).asDocument().getDocument("$sort");
		}
		queried(database, "aggregate", command.get("aggregate"), match, sort);
	}

	private void queried(String database, String operation, BsonValue collection, BsonDocument filter,
			BsonDocument sort) {
		if (collection == null || !collection.isString()) {
			return;
		}
		Caller caller = Caller.current();
		for (QueryShape shape : QueryShape.of(collection.asString().getValue(), operation, filter, sort)) {
			synchronized (this) {
				this.queries.computeIfAbsent(new Key(database, shape), (key) -> new LinkedHashSet<>()).add(caller);
			}
		}
	}

	private void declared(String database, BsonDocument command) {
		String collection = command.getString("createIndexes").getValue();
		for (BsonValue each : command.getArray("indexes", new BsonArray())) {
			BsonDocument index = each.asDocument();
			List<SortKey> keys = new ArrayList<>();
			index.getDocument("key")
				.forEach((field, direction) -> keys.add(new SortKey(field, QueryShape.directionOf(direction))));
			String name = index.containsKey("name") ? index.getString("name").getValue()
					: keys.stream().map((key) -> key.field() + "_" + key.direction()).collect(Collectors.joining("_"));
			boolean unique = index.getBoolean("unique", org.bson.BsonBoolean.FALSE).getValue();
			boolean sparse = index.getBoolean("sparse", org.bson.BsonBoolean.FALSE).getValue()
					|| index.containsKey("partialFilterExpression");
			synchronized (this) {
				this.indexes.computeIfAbsent(database + "." + collection, (key) -> new TreeMap<>())
					.put(name, new DeclaredIndex(collection, name, List.copyOf(keys), unique, sparse));
			}
		}
	}

	/** The indexes declared so far on {@code collection} of {@code database}. */
	public synchronized Collection<DeclaredIndex> declaredOn(String database, String collection) {
		return List.copyOf(this.indexes.getOrDefault(database + "." + collection, Map.of()).values());
	}

	/**
	 * The verdicts on the queries the services (not the tests) sent since the last check,
	 * each with its callers, unserved ones only.
	 */
	public synchronized List<String> unservedSinceLastCheck() {
		List<String> unserved = new ArrayList<>();
		this.queries.forEach((key, callers) -> {
			List<Caller> fresh = callers.stream()
				.filter((caller) -> this.judgeTests || !caller.test())
				.filter((caller) -> this.checked.add(key + " " + caller))
				.toList();
			if (fresh.isEmpty()) {
				return;
			}
			IndexRule.Verdict verdict = IndexRule.check(key.shape(),
					declaredOn(key.database(), key.shape().collection()));
			if (!verdict.served()) {
				unserved.add(key.shape() + " in " + key.database() + " from "
						+ fresh.stream().map(Caller::toString).collect(Collectors.joining(", ")) + "; declared: "
						+ declaredOn(key.database(), key.shape().collection()));
			}
		});
		return unserved;
	}

	/**
	 * Writes every query recorded so far, with its callers and the index serving it, and
	 * every declared index, to {@code file} (Markdown).
	 */
	public synchronized void writeReport(Path file) {
		if (this.queries.isEmpty()) {
			return;
		}
		StringBuilder report = new StringBuilder("# Queries recorded by the index audit\n\n");
		report.append("| Collection | Query | Callers | Served by | mongo-java-server |\n|---|---|---|---|---|\n");
		this.queries.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Key, Set<Caller>> entry) -> entry.getKey().shape().collection())
				.thenComparing((entry) -> entry.getKey().shape().toString()))
			.forEach((entry) -> {
				QueryShape shape = entry.getKey().shape();
				IndexRule.Verdict verdict = IndexRule.check(shape,
						declaredOn(entry.getKey().database(), shape.collection()));
				String servedBy = !verdict.served() ? "**NONE**" : (verdict.index() != null)
						? verdict.index().name() + " (" + verdict.how() + ")" : verdict.how();
				report.append("| ")
					.append(entry.getKey().database())
					.append('.')
					.append(shape.collection())
					.append(" | `")
					.append(shape)
					.append("` | ")
					.append(entry.getValue()
						.stream()
						.map(Caller::shortName)
						.distinct()
						.collect(Collectors.joining(", ")))
					.append(" | ")
					.append(servedBy)
					.append(" | ")
					.append((verdict.index() != null && verdict.lookupOnMongoJavaServer()) ? "lookup" : "scan")
					.append(" |\n");
			});
		report.append("\n# Declared indexes\n\n");
		this.indexes.forEach((collection, declared) -> declared.values()
			.forEach((index) -> report.append("- ").append(collection).append(": ").append(index).append('\n')));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Key(String database, QueryShape shape) {

		@Override
		public String toString() {
			return this.database + " " + this.shape;
		}

	}

}
