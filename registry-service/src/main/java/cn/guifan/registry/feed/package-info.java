/**
 * Atom change feeds (RFC 4287) of new documents, new versions and status changes with
 * their cause and date: of the whole registry, of an issuer, of one document; paged as
 * RFC 5005 paged feeds, newest first. Only public documents ever appear, whoever asks.
 * Owns {@code feed_identity}.
 */
@NullMarked
package cn.guifan.registry.feed;

import org.jspecify.annotations.NullMarked;
