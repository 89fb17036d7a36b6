package cn.guifan.managed;

import java.nio.file.Path;

/**
 * The Elasticsearch distribution zip the node is unpacked from.
 *
 * @param zip the zip file, which exists
 * @param foundBy where it was found, for the log: explicitly configured, written at build
 * time, or the local Maven repository
 */
record Distribution(Path zip, String foundBy) {

}
