package org.muni311.deploy.testsupport.indexaudit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an index serves a query on MongoDB, by the equality-sort-range rule: the
 * query's equality fields are the index's first keys (in any order), its sort (less the
 * fields it fixes by equality) the next keys in order (all in the index's directions or
 * all reversed), then one of its range fields; a range on a sorted field is bounded by
 * that sort key. Further range and residual conditions are checked on the documents the
 * index found. A lookup by {@code _id}, or by every field of a unique index, is served
 * whatever else it names (at most one document to check). A sparse index serves only
 * queries that name one of its fields. A query that names nothing and sorts on nothing
 * reads the whole collection on purpose and is not an index question.
 */
public final class IndexRule {

	private IndexRule() {
	}

	/**
	 * The verdict on {@code shape} against {@code declared}, the indexes declared on its
	 * collection ({@code _id} is always there).
	 */
	public static Verdict check(QueryShape shape, Collection<DeclaredIndex> declared) {
		List<DeclaredIndex> indexes = new ArrayList<>();
		indexes.add(DeclaredIndex.id(shape.collection()));
		indexes.addAll(declared);
		if (shape.wholeCollection()) {
			return new Verdict(shape, null, "reads the whole collection (no filter, no sort)");
		}
		Set<String> equality = shape.equalityFields();
		// the unique index of most fields: the one mongo-java-server looks up by, if any
		Optional<DeclaredIndex> unique = indexes.stream()
			.filter((index) -> index.unique() && !index.keys().isEmpty() && equality.containsAll(index.fields()))
			.max(Comparator.comparingInt((DeclaredIndex index) -> index.keys().size()));
		if (unique.isPresent()) {
			return new Verdict(shape, unique.get(), "lookup");
		}
		return indexes.stream()
			.filter((index) -> serves(index, shape))
			.findFirst()
			.map((index) -> new Verdict(shape, index, "equality, sort, range"))
			.orElseGet(() -> new Verdict(shape, null, null));
	}

	/** Whether {@code index} serves {@code shape} by the equality-sort-range rule. */
	static boolean serves(DeclaredIndex index, QueryShape shape) {
		Set<String> equality = shape.equalityFields();
		Set<String> range = shape.rangeFields();
		List<SortKey> sort = shape.sort().stream().filter((key) -> !equality.contains(key.field())).toList();
		if (equality.isEmpty() && sort.isEmpty() && range.isEmpty()) {
			// only conditions no index bounds
			return false;
		}
		List<SortKey> keys = index.keys();
		if (index.sparse() && keys.stream().noneMatch((key) -> shape.filter().containsKey(key.field()))) {
			return false;
		}
		int position = equality.size();
		if (keys.size() < position || !new HashSet<>(index.fields().subList(0, position)).equals(equality)) {
			return false;
		}
		if (!sort.isEmpty()) {
			if (keys.size() < position + sort.size()) {
				return false;
			}
			Optional<Integer> orientation = Optional.empty();
			for (SortKey wanted : sort) {
				SortKey key = keys.get(position++);
				if (!key.field().equals(wanted.field()) || key.direction() == 0) {
					return false;
				}
				int same = wanted.direction() * key.direction();
				if (orientation.isPresent() && orientation.get() != same) {
					return false;
				}
				orientation = Optional.of(same);
			}
		}
		boolean rangeOnSortedField = sort.stream().anyMatch((key) -> range.contains(key.field()));
		if (!range.isEmpty() && !rangeOnSortedField) {
			return keys.size() > position && range.contains(keys.get(position).field());
		}
		return true;
	}

	/**
	 * What the rule found.
	 *
	 * @param shape the query
	 * @param index the index serving it ({@code null}: none, or no index is needed)
	 * @param how {@code lookup}, {@code equality, sort, range}, why no index is needed,
	 * or {@code null} when none serves it
	 */
	public record Verdict(QueryShape shape, DeclaredIndex index, String how) {

		/** Whether the query is served (or needs no index). */
		public boolean served() {
			return this.how != null;
		}

		/**
		 * Whether mongo-java-server serves it by an index too: only when the criteria are
		 * exactly {@code _id} (a value or {@code $in}) or a unique index's fields; any
		 * other query is a scan there.
		 */
		public boolean lookupOnMongoJavaServer() {
			return "lookup".equals(this.how) && this.shape.residualFields().isEmpty()
					&& this.shape.rangeFields().isEmpty()
					&& this.shape.equalityFields().equals(new HashSet<>(this.index.fields()));
		}

	}

}
