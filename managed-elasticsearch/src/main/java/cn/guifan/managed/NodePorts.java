package cn.guifan.managed;

/**
 * The loopback ports of one node.
 *
 * @param http the REST port clients use
 * @param transport the node-to-node port (unused by a single node, but it must bind)
 */
record NodePorts(int http, int transport) {

	NodePorts {
		if (http == transport) {
			throw new IllegalArgumentException("HTTP and transport need different ports, both are " + http);
		}
	}

}
