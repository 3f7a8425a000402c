/**
 * Browser tests: {@link org.muni311.deploy.testsupport.browser.Browser} drives Debian's
 * {@code chromium} headless through {@code chromium-driver} (nothing downloaded), saves a
 * screenshot of each page under {@code target/} and scans pages with axe-core for WCAG
 * 2.0 A and AA; {@link org.muni311.deploy.testsupport.browser.PageText} checks that
 * templates hold no literal text and that every message exists in English and French.
 */
package org.muni311.deploy.testsupport.browser;
