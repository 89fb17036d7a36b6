/**
 * The ledger (台账) of a government's rules and normative documents, as a registrar keeps
 * it: every document with its numbers, dates, validity and disclosure, filters, counts
 * and charts, the XLSX export, and the reconciliation of a bureau's own ledger
 * spreadsheet with the registry (corrections applied only when confirmed, audited).
 * Documents of kind OTHER (work documents) are not in the ledger.
 */
@NullMarked
package cn.guifan.registry.ledger;

import org.jspecify.annotations.NullMarked;
