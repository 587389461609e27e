/** HTML pages: metadata, boilerplate removal, main-content scoring and paragraph blocks, all iterative over the DOM. */
package org.warta.extract.html;
