package org.muni311.deploy.testsupport.indexaudit;

import java.security.CodeSource;
import java.util.Optional;

/**
 * The code that sent a query: the first frame of the stack in {@code org.muni311} outside
 * the audit.
 *
 * @param className the class (a Spring proxy's target)
 * @param method the method
 * @param test whether the class is test code (compiled into {@code test-classes}): tests
 * read the store to check what the services did, their queries are not audited
 */
public record Caller(String className, String method, boolean test) {

	private static final String PROJECT = "org.muni311.";

	private static final String AUDIT = Caller.class.getPackageName() + ".";

	private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	private static final ClassValue<Boolean> TEST_CODE = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> type) {
			CodeSource source = type.getProtectionDomain().getCodeSource();
			return source != null && source.getLocation() != null
					&& source.getLocation().toString().contains("/test-classes/");
		}
	};

	/** The caller of the current thread's query. */
	static Caller current() {
		Optional<Caller> found = STACK.walk((frames) -> frames
			.filter((frame) -> frame.getClassName().startsWith(PROJECT)
					&& !(frame.getClassName().startsWith(AUDIT) && !TEST_CODE.get(frame.getDeclaringClass())))
			.findFirst()
			.map((frame) -> new Caller(withoutProxy(frame.getClassName()), frame.getMethodName(),
					TEST_CODE.get(frame.getDeclaringClass()))));
		return found
			.orElseGet(() -> new Caller("(no org.muni311 frame: thread " + Thread.currentThread().getName() + ")", "?",
					false));
	}

	private static String withoutProxy(String className) {
		int proxy = className.indexOf("$$");
		return (proxy < 0) ? className : className.substring(0, proxy);
	}

	/** The class without its package, and the method. */
	public String shortName() {
		return this.className.substring(this.className.lastIndexOf('.') + 1) + "." + this.method
				+ (this.test ? " (test)" : "");
	}

	@Override
	public String toString() {
		return this.className + "." + this.method + (this.test ? " (test)" : "");
	}

}
