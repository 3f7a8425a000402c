package org.muni311.deploy.testsupport.indexaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * What a query asks of a collection, without its values: each filtered field with the
 * kind of its condition, and the sort. Kinds: {@code eq} (a value, {@code $eq} or
 * {@code $in}), {@code range} ({@code $gt}, {@code $lte}, {@code $ne}, {@code $exists},
 * {@code $regex}...; the operators are kept in {@link #filter()}) and {@code residual}
 * (conditions no index bounds: {@code $size}, {@code $type}, {@code $expr}...), which an
 * index cannot serve but can precede. An {@code $elemMatch} on an array of documents
 * names the fields within it ({@code outbox.createdAt}).
 *
 * @param collection the collection
 * @param operation {@code find}, {@code aggregate}, {@code update}, {@code delete},
 * {@code findAndModify}, {@code count} or {@code distinct}
 * @param filter each field with its operators ({@code eq} for a plain value), by name
 * @param sort the sort, in order (empty: none)
 */
public record QueryShape(String collection, String operation, SortedMap<String, String> filter, List<SortKey> sort) {

	private static final Set<String> EQUALITY = Set.of("eq", "$eq", "$in");

	private static final Set<String> RESIDUAL = Set.of("$size", "$type", "$mod", "$expr", "$where", "$nor",
			"$jsonSchema", "$text", "$comment");

	/** Equality fields. */
	public Set<String> equalityFields() {
		return fieldsOf("eq");
	}

	/** Range fields. */
	public Set<String> rangeFields() {
		return fieldsOf("range");
	}

	/** Fields (or top-level operators) no index can bound. */
	public Set<String> residualFields() {
		return fieldsOf("residual");
	}

	private Set<String> fieldsOf(String kind) {
		return this.filter.keySet()
			.stream()
			.filter((field) -> kindOf(this.filter.get(field)).equals(kind))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** {@code eq}, {@code range} or {@code residual} for a condition's operators. */
	static String kindOf(String operators) {
		Set<String> each = Set.of(operators.split(","));
		if (EQUALITY.containsAll(each)) {
			return "eq";
		}
		if (RESIDUAL.containsAll(each)) {
			return "residual";
		}
		return "range";
	}

	/** The shapes of {@code filter}: one per branch of a top-level {@code $or}. */
	public static List<QueryShape> of(String collection, String operation, BsonDocument filter, BsonDocument sort) {
		List<SortKey> sortKeys = new ArrayList<>();
		if (sort != null) {
			sort.forEach((field, direction) -> sortKeys.add(new SortKey(field, directionOf(direction))));
		}
		List<QueryShape> shapes = new ArrayList<>();
		for (Map<String, String> branch : branches((filter != null) ? filter : new BsonDocument())) {
			shapes.add(new QueryShape(collection, operation, new TreeMap<>(branch), List.copyOf(sortKeys)));
		}
		return shapes;
	}

	static int directionOf(BsonValue direction) {
		if (direction.isNumber()) {
			return Integer.signum(direction.asNumber().intValue());
		}
		return 0;
	}

	/** The conditions of {@code filter}, one map per branch of its {@code $or}s. */
	private static List<Map<String, String>> branches(BsonDocument filter) {
		List<Map<String, String>> branches = new ArrayList<>();
		branches.add(new TreeMap<>());
		for (Map.Entry<String, BsonValue> condition : filter.entrySet()) {
			String key = condition.getKey();
			BsonValue value = condition.getValue();
			if (key.equals("$and") && value.isArray()) {
				for (BsonValue part : value.asArray()) {
					branches = product(branches, branches(part.asDocument()));
				}
			}
			else if (key.equals("$or") && value.isArray()) {
				List<Map<String, String>> alternatives = new ArrayList<>();
				for (BsonValue part : (BsonArray) value) {
					alternatives.addAll(branches(part.asDocument()));
				}
				branches = product(branches, alternatives);
			}
			else if (key.startsWith("$")) {
				branches.forEach((branch) -> branch.merge(key, key, QueryShape::both));
			}
			else if (elemMatchOnFields(value)) {
				// {events: {$elemMatch: {createdAt: {$lt: t}}}}: an index on
				// events.createdAt
				// bounds it
				List<Map<String, String>> inner = new ArrayList<>();
				for (Map<String, String> part : branches(value.asDocument().getDocument("$elemMatch"))) {
					Map<String, String> prefixed = new TreeMap<>();
					part.forEach((field, operators) -> prefixed.put(key + "." + field, operators));
					inner.add(prefixed);
				}
				branches = product(branches, inner);
			}
			else {
				String operators = operatorsOf(value);
				branches.forEach((branch) -> branch.merge(key, operators, QueryShape::both));
			}
		}
		return branches;
	}

	private static List<Map<String, String>> product(List<Map<String, String>> left, List<Map<String, String>> right) {
		List<Map<String, String>> all = new ArrayList<>();
		for (Map<String, String> one : left) {
			for (Map<String, String> other : right) {
				Map<String, String> both = new TreeMap<>(one);
				other.forEach((field, operators) -> both.merge(field, operators, QueryShape::both));
				all.add(both);
			}
		}
		return all;
	}

	private static String both(String one, String other) {
		TreeSet<String> operators = new TreeSet<>(List.of(one.split(",")));
		operators.addAll(List.of(other.split(",")));
		return String.join(",", operators);
	}

	private static boolean elemMatchOnFields(BsonValue value) {
		if (!value.isDocument() || value.asDocument().size() != 1 || !value.asDocument().containsKey("$elemMatch")) {
			return false;
		}
		BsonValue inner = value.asDocument().get("$elemMatch");
		return inner.isDocument() && !inner.asDocument().isEmpty() && !inner.asDocument().getFirstKey().startsWith("$");
	}

	private static String operatorsOf(BsonValue value) {
		if (value.isDocument() && !value.asDocument().isEmpty() && value.asDocument().getFirstKey().startsWith("$")) {
			TreeSet<String> operators = new TreeSet<>(value.asDocument().keySet());
			operators.remove("$options");
			return String.join(",", operators);
		}
		return "eq";
	}

	/** Whether the query names no field and sorts on none. */
	public boolean wholeCollection() {
		return this.filter.isEmpty() && this.sort.isEmpty();
	}

	@Override
	public String toString() {
		String conditions = this.filter.entrySet()
			.stream()
			.map((condition) -> condition.getKey() + ": " + condition.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
		String order = this.sort.isEmpty() ? ""
				: this.sort.stream().map(SortKey::toString).collect(Collectors.joining(", ", " sort {", "}"));
		return this.operation + " " + this.collection + " " + conditions + order;
	}

}
