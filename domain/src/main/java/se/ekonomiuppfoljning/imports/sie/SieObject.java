package se.ekonomiuppfoljning.imports.sie;

/** One item of an object list: dimension number and object id, e.g. {@code 1 "4100"}. */
record SieObject(String dimension, String id) {}
