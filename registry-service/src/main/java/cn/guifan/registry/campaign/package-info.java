/**
 * Cleanup campaigns (清理): the justice bureau sets a scope and a deadline; each department
 * proposes a decision with grounds for the documents it is responsible for (谁制定谁清理); the
 * bureau reviews; one publication generates the decision with its annex lists, publishes
 * the lists and applies the statuses. Also the evaluations before a validity period ends
 * (日常) and the review proposed when an upper-level document changes.
 * <p>
 * Owns the tables {@code campaign}, {@code campaign_item}, {@code campaign_item_history},
 * {@code campaign_upload} and {@code campaign_result}; reads documents and their
 * lifecycle through the {@code document} and {@code lifecycle} features' APIs.
 */
@NullMarked
package cn.guifan.registry.campaign;

import org.jspecify.annotations.NullMarked;
