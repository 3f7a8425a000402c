package org.muni311.deploy.testsupport.indexaudit;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test class, fails it when the services sent a query since the last check
 * that no declared index serves on MongoDB, naming the query, its collection and its
 * callers; and writes every query recorded so far to
 * {@code target/index-audit/queries.md}. Registered through {@code META-INF/services}, so
 * every integration test of a module that depends on test-support runs it, with Jupiter's
 * extension auto-detection on (the parent POM turns it on for Failsafe). System property
 * {@code muni311.index-audit}: {@code fail} (the default), {@code report} (write the
 * report, never fail) or {@code off}.
 */
public class IndexAuditExtension implements AfterAllCallback {

	/** The report, relative to the module's directory. */
	static final Path REPORT = Path.of("target", "index-audit", "queries.md");

	@Override
	public void afterAll(ExtensionContext context) {
		String mode = System.getProperty("muni311.index-audit", "fail");
		if (mode.equals("off")) {
			return;
		}
		QueryAudit audit = QueryAudit.instance();
		List<String> unserved = audit.unservedSinceLastCheck();
		audit.writeReport(REPORT);
		if (!unserved.isEmpty() && mode.equals("fail")) {
			throw new AssertionError("Queries no declared index serves on MongoDB (equality fields a prefix, then the"
					+ " sort, then a range field; see docs/indexes.md):\n  " + String.join("\n  ", unserved));
		}
	}

}
