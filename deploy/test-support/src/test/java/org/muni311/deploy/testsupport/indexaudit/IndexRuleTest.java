package org.muni311.deploy.testsupport.indexaudit;

import java.util.List;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The equality-sort-range rule, served and unserved cases. */
class IndexRuleTest {

	private static final DeclaredIndex TENANT_REQUESTED = index("tenant_requested", false, false, SortKey.asc("tenant"),
			SortKey.desc("requestedAt"));

	private static final DeclaredIndex QUEUE = index("department_queue", false, false, SortKey.asc("tenant"),
			SortKey.asc("departmentCode"), SortKey.asc("status"), SortKey.asc("expectedAt"), SortKey.asc("routedAt"),
			SortKey.asc("_id"));

	private static final DeclaredIndex STATE_UPDATED = index("state_updated", false, false, SortKey.asc("state"),
			SortKey.asc("updatedAt"));

	@Test
	void lookupsByIdAreServedWhateverElseTheyName() {
		assertServedBy(find("{_id: 'a'}"), "_id_");
		assertServedBy(find("{_id: {$in: ['a', 'b']}}"), "_id_");
		assertServedBy(find("{_id: 'a', state: 'FAILED', events: {$size: 0}}"), "_id_");
	}

	@Test
	void aUniqueIndexServesALookupOnAllItsFields() {
		DeclaredIndex unique = index("tenant_code", true, false, SortKey.asc("tenant"), SortKey.asc("code"));
		assertThat(IndexRule.check(find("{code: 'x', tenant: 't', other: 1}"), List.of(unique)).index())
			.isEqualTo(unique);
		assertThat(IndexRule.check(find("{tenant: 't', other: 1}"), List.of(unique)).served()).isFalse();
	}

	@Test
	void equalityFieldsArePrefixInAnyOrder() {
		DeclaredIndex tenantState = index("tenant_state", false, false, SortKey.asc("tenant"), SortKey.asc("state"));
		assertServedBy(find("{state: 'OPEN', tenant: 't'}"), "tenant_state", tenantState);
		assertServedBy(find("{tenant: 't'}"), "tenant_state", tenantState);
		assertUnserved(find("{state: 'OPEN'}"), tenantState);
		assertUnserved(find("{tenant: 't', state: 'OPEN', crew: 'c'}"), tenantState);
	}

	@Test
	void theSortFollowsTheEqualityFieldsInOrderAndDirection() {
		assertServedBy(find("{tenant: 't'}", "{requestedAt: -1}"), "tenant_requested", TENANT_REQUESTED);
		// reversed as a whole: the index walks backwards
		assertServedBy(find("{tenant: 't'}", "{requestedAt: 1}"), "tenant_requested", TENANT_REQUESTED);
		assertServedBy(
				find("{tenant: 't', departmentCode: 'roads', status: 'OPEN'}", "{expectedAt: 1, routedAt: 1, _id: 1}"),
				"department_queue", QUEUE);
		// status between the equality fields and the sort: an in-memory sort
		assertUnserved(find("{tenant: 't', departmentCode: 'roads'}", "{expectedAt: 1, routedAt: 1, _id: 1}"), QUEUE);
		// mixed directions the index does not have
		assertUnserved(
				find("{tenant: 't', departmentCode: 'roads', status: 'OPEN'}", "{expectedAt: 1, routedAt: -1, _id: 1}"),
				QUEUE);
		// sorted on a field the query fixes: no sort left
		assertServedBy(find("{state: 'PENDING'}", "{state: 1, updatedAt: 1}"), "state_updated", STATE_UPDATED);
	}

	@Test
	void aRangeFieldComesAfterTheEqualityFieldsAndTheSort() {
		assertServedBy(find("{state: 'PENDING', updatedAt: {$lte: 1}}"), "state_updated", STATE_UPDATED);
		assertServedBy(find("{tenant: 't', requestedAt: {$gte: 1, $lte: 2}}", "{requestedAt: -1}"), "tenant_requested",
				TENANT_REQUESTED);
		// range before equality (RSE): not served
		DeclaredIndex updatedState = index("updated_state", false, false, SortKey.asc("updatedAt"),
				SortKey.asc("state"));
		assertUnserved(find("{state: 'PENDING', updatedAt: {$lte: 1}}"), updatedState);
		// the range field is not in the index at all
		assertUnserved(find("{state: 'PENDING', attempts: {$gt: 3}}", "{updatedAt: 1}", "update"), updatedState);
	}

	@Test
	void furtherRangeAndResidualConditionsAreCheckedOnWhatTheIndexFound() {
		assertServedBy(find("{state: 'PENDING', updatedAt: {$lte: 1}, attempts: {$gt: 3}, events: {$size: 0}}"),
				"state_updated", STATE_UPDATED);
		assertUnserved(find("{events: {$size: 0}}"), STATE_UPDATED);
	}

	@Test
	void aSparseIndexServesOnlyQueriesOnItsField() {
		DeclaredIndex slaDue = index("sla_due", false, true, SortKey.asc("slaDueAt"));
		assertServedBy(find("{slaDueAt: {$lte: 1}}"), "sla_due", slaDue);
		assertUnserved(find("{}", "{slaDueAt: 1}"), slaDue);
	}

	@Test
	void eachBranchOfAnOrNeedsAnIndex() {
		List<QueryShape> shapes = QueryShape.of("deliveries", "find",
				BsonDocument.parse("{$or: [{state: 'PENDING', updatedAt: {$lte: 1}}, {state: 'HELD'}]}"), null);
		assertThat(shapes).hasSize(2);
		assertThat(shapes)
			.allSatisfy((shape) -> assertThat(IndexRule.check(shape, List.of(STATE_UPDATED)).served()).isTrue());
		List<QueryShape> unserved = QueryShape.of("deliveries", "find",
				BsonDocument.parse("{$or: [{state: 'PENDING'}, {attempts: {$gt: 3}}]}"), null);
		assertThat(unserved).extracting((shape) -> IndexRule.check(shape, List.of(STATE_UPDATED)).served())
			.containsExactly(true, false);
	}

	@Test
	void anElemMatchNamesTheFieldsWithinTheArray() {
		DeclaredIndex outboxCreated = index("outbox_created", false, false, SortKey.asc("outbox.createdAt"));
		QueryShape stale = find("{outbox: {$elemMatch: {createdAt: {$lt: 1}}}}");
		assertThat(stale.filter()).containsOnlyKeys("outbox.createdAt");
		assertServedBy(stale, "outbox_created", outboxCreated);
		assertUnserved(find("{outbox: {$elemMatch: {type: 'x'}}}"), outboxCreated);
	}

	@Test
	void aQueryThatNamesNothingReadsTheWholeCollection() {
		IndexRule.Verdict verdict = IndexRule.check(find("{}"), List.of());
		assertThat(verdict.served()).isTrue();
		assertThat(verdict.index()).isNull();
		assertUnserved(find("{}", "{updatedAt: 1}"));
	}

	@Test
	void mongoJavaServerLooksUpOnlyExactKeys() {
		assertThat(IndexRule.check(find("{_id: 'a'}"), List.of()).lookupOnMongoJavaServer()).isTrue();
		assertThat(IndexRule.check(find("{_id: 'a', version: 3}"), List.of()).lookupOnMongoJavaServer()).isFalse();
		DeclaredIndex idVersion = index("id_version", true, false, SortKey.asc("_id"), SortKey.asc("version"));
		assertThat(IndexRule.check(find("{_id: 'a', version: 3}"), List.of(idVersion)).lookupOnMongoJavaServer())
			.isTrue();
	}

	private static void assertServedBy(QueryShape shape, String name, DeclaredIndex... declared) {
		IndexRule.Verdict verdict = IndexRule.check(shape, List.of(declared));
		assertThat(verdict.served()).as(shape.toString()).isTrue();
		assertThat(verdict.index().name()).as(shape.toString()).isEqualTo(name);
	}

	private static void assertUnserved(QueryShape shape, DeclaredIndex... declared) {
		assertThat(IndexRule.check(shape, List.of(declared)).served()).as(shape.toString()).isFalse();
	}

	static QueryShape find(String filter) {
		return find(filter, null);
	}

	static QueryShape find(String filter, String sort) {
		return find(filter, sort, "find");
	}

	static QueryShape find(String filter, String sort, String operation) {
		List<QueryShape> shapes = QueryShape.of("things", operation, BsonDocument.parse(filter),
				(sort != null) ? BsonDocument.parse(sort) : null);
		assertThat(shapes).hasSize(1);
		return shapes.get(0);
	}

	private static DeclaredIndex index(String name, boolean unique, boolean sparse, SortKey... keys) {
		return new DeclaredIndex("things", name, List.of(keys), unique, sparse);
	}

}
