/** Publication dates as news pages write them, in every installed language, normalised to {@link org.warta.model.Moment}. */
package org.warta.extract.date;
