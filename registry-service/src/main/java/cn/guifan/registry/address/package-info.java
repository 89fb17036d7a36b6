/**
 * Stable addresses (固定链接): a document is reached by its doc number in any printed form,
 * its 统一登记号 or its registry id, all leading to one canonical address, and a version by
 * its number or a date; QR codes on document pages and printouts point to that address.
 * None of this depends on the search index, so a rebuilt index changes no address.
 */
@NullMarked
package cn.guifan.registry.address;

import org.jspecify.annotations.NullMarked;
