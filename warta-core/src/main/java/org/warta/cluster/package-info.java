/** Online event clustering: each article, in publication order, joins the best live story or opens a new one. */
package org.warta.cluster;
