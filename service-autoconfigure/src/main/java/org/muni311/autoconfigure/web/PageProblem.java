package org.muni311.autoconfigure.web;

/**
 * One problem with what was entered on a page, for the error summary at the top (a link
 * to the field) and the message beside the field, GOV.UK style.
 *
 * @param field the id of the input it is about (the summary links to {@code #field})
 * @param message the message, already in the page's language
 */
public record PageProblem(String field, String message) {
}
