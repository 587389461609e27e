/**
 * The data Warta passes between stages: immutable records with no nulls across the API (absent values are
 * {@link java.util.Optional#empty()} or empty lists). {@link org.warta.model.Article} and
 * {@link org.warta.model.Story} are the JSON contract documented in {@code docs/json.md}.
 */
package org.warta.model;
