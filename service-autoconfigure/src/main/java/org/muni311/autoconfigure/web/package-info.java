/**
 * What every service's web pages share: the page layout (header with the municipality's
 * branding, language switch, skip link, footer, GOV.UK-style error summary) in
 * {@code templates/muni311/layout.html}, the style sheet {@code /muni311/site.css}, the
 * language (English or French, {@code ?lang=} then a cookie, then the browser's
 * {@code Accept-Language}), common messages ({@code messages/common}), and staff sign-in
 * with a form and a session for pages ({@link org.muni311.autoconfigure.web.StaffPages}).
 *
 * <p>
 * Every visible string comes from a message bundle in both languages: templates hold no
 * literal text (tests in each service check it with the test-support {@code PageText}).
 */
package org.muni311.autoconfigure.web;
