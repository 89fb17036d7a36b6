/**
 * The managed local Elasticsearch node: the embedded default used when no cluster URL is
 * configured. {@link cn.guifan.managed.ManagedElasticsearch} unpacks the real
 * distribution once, starts it on free loopback ports, waits for health and makes sure
 * the node never outlives its owner.
 */
@NullMarked
package cn.guifan.managed;

import org.jspecify.annotations.NullMarked;
