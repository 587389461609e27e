/**
 * The pipeline bound to the store: articles placed by the online stages, stored (acknowledged after commit), their
 * stories re-synthesised and stored, the pipeline's state snapshotted so stories keep growing across runs.
 */
package org.warta.app.store;
