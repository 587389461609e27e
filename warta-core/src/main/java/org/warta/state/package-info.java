/**
 * The byte form of the online stages' state (duplicate detector, story clusterer): what the embedded store keeps
 * between runs and what a stream processor (e.g. an Apache Flink operator) would checkpoint. Reading is guarded by
 * a deserialisation filter that admits only the classes the stages' state is made of.
 */
package org.warta.state;
