/** The JSON contract ({@code docs/json.md}): how {@link org.warta.model} records are written and read. */
package org.warta.app.json;
