package org.warta.model;

/** Entity types Warta recognises. The CoNLL tag sets of the training data map onto these (see docs). */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, EVENT, OTHER
}
