package org.muni311.deploy.testsupport.indexaudit;

/**
 * One key of a sort or of an index: a field and its direction ({@code 1} ascending,
 * {@code -1} descending, {@code 0} for a key that orders nothing, such as
 * {@code hashed}).
 *
 * @param field the field's dotted name
 * @param direction 1, -1 or 0
 */
public record SortKey(String field, int direction) {

	/** {@code field} ascending. */
	public static SortKey asc(String field) {
		return new SortKey(field, 1);
	}

	/** {@code field} descending. */
	public static SortKey desc(String field) {
		return new SortKey(field, -1);
	}

	@Override
	public String toString() {
		return this.field + ":" + this.direction;
	}

}
