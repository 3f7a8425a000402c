package org.muni311.deploy.testsupport.indexaudit;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit records from the driver's commands, and what it reports unserved. */
class QueryAuditTest {

	private final QueryAudit audit = new QueryAudit(true);

	@Test
	void recordsTheShapeOfEachQueryCommandWithoutItsValues() {
		this.audit.record("db", "createIndexes", BsonDocument
			.parse("{createIndexes: 'deliveries', indexes: [{key: {state: 1, updatedAt: 1}, name: 'state_updated'}]}"));
		this.audit.record("db", "find",
				BsonDocument.parse("{find: 'deliveries', filter: {state: 'PENDING', updatedAt: {$lte: 5}}}"));
		this.audit.record("db", "update", BsonDocument.parse(
				"{update: 'deliveries', updates: [{q: {_id: 'x'}, u: {$set: {a: 1}}}, {q: {attempts: {$gt: 2}}, u: {}}]}"));
		this.audit.record("db", "aggregate", BsonDocument.parse(
				"{aggregate: 'deliveries', pipeline: [{$match: {state: 'SENT'}}, {$sort: {updatedAt: -1}}, {$limit: 3}]}"));

		assertThat(this.audit.declaredOn("db", "deliveries")).extracting(DeclaredIndex::name)
			.containsExactly("state_updated");
		assertThat(this.audit.unservedSinceLastCheck()).singleElement()
			.asString()
			.startsWith("update deliveries {attempts: $gt} in db from ")
			.contains(QueryAuditTest.class.getName() + ".recordsTheShapeOfEachQueryCommandWithoutItsValues");
		// each query is judged once
		assertThat(this.audit.unservedSinceLastCheck()).isEmpty();
	}

	@Test
	void theCallerIsTheFirstProjectFrameOutsideTheAudit() {
		Caller caller = Caller.current();
		assertThat(caller.className()).isEqualTo(QueryAuditTest.class.getName());
		assertThat(caller.method()).isEqualTo("theCallerIsTheFirstProjectFrameOutsideTheAudit");
		assertThat(caller.test()).isTrue();
	}

}
