package org.muni311.deploy.testsupport.indexaudit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An index the code declares on a collection, as its {@code createIndexes} command
 * carried it (mongo-java-server ignores every non-unique one, so the audit reads what was
 * asked, not what the store built).
 *
 * @param collection the collection
 * @param name the index's name
 * @param keys its keys, in order
 * @param unique whether it is unique
 * @param sparse whether it is sparse (it then serves only queries that name one of its
 * fields)
 */
public record DeclaredIndex(String collection, String name, List<SortKey> keys, boolean unique, boolean sparse) {

	/** The index every collection has. */
	public static DeclaredIndex id(String collection) {
		return new DeclaredIndex(collection, "_id_", List.of(SortKey.asc("_id")), true, false);
	}

	/** The fields of its keys, in order. */
	public List<String> fields() {
		return this.keys.stream().map(SortKey::field).toList();
	}

	@Override
	public String toString() {
		String keyList = this.keys.stream().map(SortKey::toString).collect(Collectors.joining(", ", "{", "}"));
		return this.name + " " + keyList + (this.unique ? " unique" : "") + (this.sparse ? " sparse" : "");
	}

}
