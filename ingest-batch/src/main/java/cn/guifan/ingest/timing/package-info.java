/**
 * Where ingest's time goes: a flight-recorder event per stage of the pipeline, from
 * reading a file to the bulk request that makes it searchable.
 */
@NullMarked
package cn.guifan.ingest.timing;

import org.jspecify.annotations.NullMarked;
